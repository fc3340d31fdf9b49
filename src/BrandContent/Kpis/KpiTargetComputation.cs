namespace BrandContent.Kpis;

/// <summary>Where last year's value came from: measured from last year's data, or the plan's baseline when there is none.</summary>
public enum KpiLastYearSource
{
    Measured,
    Baseline,
}

/// <summary>
/// The target's computation, shown with the figure: for RELATIVE_GROWTH, target = last year's value × (1 + growth %)
/// held AT_LEAST (× (1 − growth %) held AT_MOST, a reduction); for ABSOLUTE, the stated value.
/// </summary>
public sealed record KpiTargetComputation(
    KpiTargetKind Kind, KpiDirection Direction, decimal Amount, decimal? LastYearValue, KpiLastYearSource? LastYearSource, decimal? Target);
