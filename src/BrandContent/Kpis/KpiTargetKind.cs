namespace BrandContent.Kpis;

/// <summary>How an indicator's target is stated.</summary>
public enum KpiTargetKind
{
    /// <summary>The target is the value itself (e.g. 200 mentions, 24 hours).</summary>
    Absolute,

    /// <summary>The target is last year's value grown by a percentage: "+20 % a year" is last year's value × 1.20.</summary>
    RelativeGrowth,
}
