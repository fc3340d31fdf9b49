namespace BrandContent.Kpis;

/// <summary>A measure over a year: the year's value (so far) and each month's.</summary>
public sealed record KpiFigures(decimal? Value, IReadOnlyList<KpiPoint> Series);

/// <summary>What every measure is computed against: the brand, its source locale, the home market, the moment.</summary>
public sealed record KpiScope(Guid BrandId, string SourceLocale, string HomeMarket, DateTimeOffset Now);
