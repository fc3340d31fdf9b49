using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Monitoring;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Kpis;

/// <summary>
/// Works out a brand's indicators for a year from their definitions (rows) and the measures (a fixed set of
/// computations): the value so far, the target (stated, or grown from last year's value), the status
/// (<see cref="KpiStatusRule"/>) and the months.
/// </summary>
public sealed class KpiEvaluator(BrandContentDb db, TimeProvider clock, IOptions<MonitoringOptions> options)
{
    public async Task<IReadOnlyList<KpiResult>> EvaluateAsync(Guid brandId, int year, string locale, CancellationToken ct)
    {
        var sourceLocale = await db.Brands.Where(b => b.Id == brandId).Select(b => b.SourceLocale).FirstOrDefaultAsync(ct)
            ?? throw new BrandContentException(ErrorCode.BrandNotFound, brandId);
        var now = clock.GetUtcNow();
        var scope = new KpiScope(brandId, sourceLocale, MarketCode.Normalize(options.Value.HomeMarket), now);
        var thisYear = KpiYear.Of(year, now);
        var lastYear = KpiYear.Of(year - 1, now);
        var tag = LocaleTag.TryNormalize(locale, out var normalized) ? normalized : sourceLocale;

        var definitions = await db.KpiDefinitions
            .Where(k => k.BrandId == brandId && k.FromYear <= year && (k.ToYear == null || k.ToYear >= year))
            .OrderBy(k => k.Code).ToListAsync(ct);
        var results = new List<KpiResult>();
        foreach (var definition in definitions)
        {
            var figures = await db.MeasureAsync(definition, scope, thisYear, ct);
            var computation = definition.TargetKind == KpiTargetKind.Absolute
                ? new KpiTargetComputation(KpiTargetKind.Absolute, definition.Direction, definition.TargetValue, null, null, definition.TargetValue)
                : Grown(definition, (await db.MeasureAsync(definition, scope, lastYear, ct)).Value);
            results.Add(new KpiResult(
                definition.Code,
                Localized(definition.Names, tag, sourceLocale) ?? definition.Code,
                Localized(definition.Definitions, tag, sourceLocale) ?? "",
                KpiUnit.Of(definition.Measure),
                definition.Baseline,
                computation.Target,
                figures.Value,
                KpiStatusRule.Of(definition.Measure, definition.Direction, figures.Value, computation.Target, thisYear.Elapsed),
                figures.Series)
            {
                DefinitionId = definition.Id,
                Measure = definition.Measure,
                Computation = computation,
            });
        }

        return results;
    }

    /// <summary>
    /// "+20 % a year": last year's value (measured; the plan's baseline when last year has no data) × 1.20, held
    /// AT_LEAST; held AT_MOST the percentage is a reduction (× 0.80). Rounded like the values, to one decimal.
    /// </summary>
    public static KpiTargetComputation Grown(KpiDefinition definition, decimal? measuredLastYear)
    {
        var (last, source) = measuredLastYear is { } measured
            ? (measured, KpiLastYearSource.Measured)
            : definition.Baseline is { } baseline ? (baseline, KpiLastYearSource.Baseline) : ((decimal?)null, (KpiLastYearSource?)null);
        var factor = definition.Direction == KpiDirection.AtLeast ? 1m + (definition.TargetValue / 100m) : 1m - (definition.TargetValue / 100m);
        decimal? target = last is { } l ? Math.Round(l * factor, 1) : null;
        return new KpiTargetComputation(KpiTargetKind.RelativeGrowth, definition.Direction, definition.TargetValue, last, source, target);
    }

    private static string? Localized(IReadOnlyDictionary<string, string> texts, string locale, string sourceLocale) =>
        texts.GetValueOrDefault(locale) ?? texts.GetValueOrDefault(sourceLocale) ?? texts.Values.FirstOrDefault();
}
