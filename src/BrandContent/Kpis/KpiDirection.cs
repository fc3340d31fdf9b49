namespace BrandContent.Kpis;

/// <summary>Whether the value must reach the target (coverage, share) or stay under it (response time).</summary>
public enum KpiDirection
{
    AtLeast,
    AtMost,
}
