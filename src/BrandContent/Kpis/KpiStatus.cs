namespace BrandContent.Kpis;

/// <summary>An indicator against its target (the rule: <see cref="KpiStatusRule"/>).</summary>
public enum KpiStatus
{
    OnTrack,
    AtRisk,
    Missed,
}
