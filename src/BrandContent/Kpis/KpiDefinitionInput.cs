namespace BrandContent.Kpis;

/// <summary>
/// An indicator's definition as defineKpi and updateKpi take it: its code, years, measure with its filters (market
/// code, pillar id of the brand, channel code), baseline, target rule, and name and definition text per locale.
/// </summary>
public sealed record KpiDefinitionInput(
    string Code,
    int FromYear,
    int? ToYear,
    KpiMeasure Measure,
    string? Market,
    Guid? Pillar,
    string? Channel,
    decimal? Baseline,
    KpiTargetKind TargetKind,
    decimal TargetValue,
    KpiDirection Direction,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyDictionary<string, string>? Definitions);
