namespace BrandContent.Kpis;

/// <summary>An indicator for a brand and year: the figure, its target and status, the definition shown with it, and the months.</summary>
public sealed record KpiResult(
    string Code,
    string Name,
    string Definition,
    string Unit,
    decimal? Baseline,
    decimal? Target,
    decimal? Value,
    KpiStatus Status,
    IReadOnlyList<KpiPoint> Series)
{
    /// <summary>The definition row it was computed from (for updateKpi and removeKpi).</summary>
    public Guid DefinitionId { get; init; }

    public KpiMeasure Measure { get; init; }

    /// <summary>How the target was worked out: ABSOLUTE, or RELATIVE_GROWTH on last year's value.</summary>
    public KpiTargetComputation? Computation { get; init; }
}

/// <summary>The indicator's value over one calendar month (1-12) of the year, in Việt Nam's time; null when nothing was measured.</summary>
public sealed record KpiPoint(int Month, decimal? Value);
