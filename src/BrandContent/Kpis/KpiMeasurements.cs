using BrandContent.Brands;
using BrandContent.Clarifications;
using BrandContent.Editing;
using BrandContent.Monitoring;
using BrandContent.Publishing;
using BrandContent.Storage;
using BrandContent.Translation;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Kpis;

/// <summary>
/// The fixed set of computations an indicator can use (<see cref="KpiMeasure"/>), each over a year and its months.
/// Shares and coverage are percentages with one decimal; counts are whole numbers.
/// </summary>
public static class KpiMeasurements
{
    public static Task<KpiFigures> MeasureAsync(this BrandContentDb db, KpiDefinition definition, KpiScope scope, KpiYear year, CancellationToken ct) =>
        definition.Measure switch
        {
            KpiMeasure.PositiveForeignShare => PositiveForeignShareAsync(db, definition, scope, year, ct),
            KpiMeasure.Mentions => MentionsAsync(db, definition, scope, year, ct),
            KpiMeasure.IncidentResponseMedian => IncidentResponseMedianAsync(db, scope, year, ct),
            KpiMeasure.TranslationCoverage => TranslationCoverageAsync(db, definition, scope, year, ct),
            KpiMeasure.ContentPublished => ContentPublishedAsync(db, definition, scope, year, ct),
            KpiMeasure.PostsSent => PostsSentAsync(db, definition, scope, year, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(definition), definition.Measure, "A measure without a computation."),
        };

    /// <summary>Positive ÷ all mentions outside the home market (or in the one foreign market named), in percent.</summary>
    private static async Task<KpiFigures> PositiveForeignShareAsync(BrandContentDb db, KpiDefinition definition, KpiScope scope, KpiYear year, CancellationToken ct)
    {
        var rows = await MentionsOfYear(db, definition, scope, year).Where(m => m.MarketCode != scope.HomeMarket)
            .Select(m => new { m.PublishedAt, m.Sentiment }).ToListAsync(ct);
        static decimal? Share(int positive, int all) => all == 0 ? null : Math.Round(100m * positive / all, 1);
        var byMonth = rows.GroupBy(r => year.MonthOf(r.PublishedAt)).ToDictionary(g => g.Key, g => (Positive: g.Count(r => r.Sentiment == Sentiment.Positive), All: g.Count()));
        return new KpiFigures(
            Share(rows.Count(r => r.Sentiment == Sentiment.Positive), rows.Count),
            year.Series(m => byMonth.TryGetValue(m, out var c) ? Share(c.Positive, c.All) : null));
    }

    private static async Task<KpiFigures> MentionsAsync(BrandContentDb db, KpiDefinition definition, KpiScope scope, KpiYear year, CancellationToken ct)
    {
        var query = MentionsOfYear(db, definition, scope, year);
        if (definition.PillarId is { } pillar)
        {
            query = query.Where(m => m.PillarIds.Contains(pillar));
        }

        return Counts(year, await query.Select(m => m.PublishedAt).ToListAsync(ct));
    }

    private static IQueryable<Mention> MentionsOfYear(BrandContentDb db, KpiDefinition definition, KpiScope scope, KpiYear year)
    {
        var query = db.Mentions.OfBrand(scope.BrandId).Where(m => m.PublishedAt >= year.Start && m.PublishedAt < year.End);
        return definition.Market is { } market ? query.Where(m => m.MarketCode == market) : query;
    }

    /// <summary>
    /// The median hours from detection to answer of the incidents detected in the period and answered (clarify's
    /// IncidentsOfYearAsync); unanswered incidents have no response time yet and are left out.
    /// </summary>
    private static async Task<KpiFigures> IncidentResponseMedianAsync(BrandContentDb db, KpiScope scope, KpiYear year, CancellationToken ct)
    {
        var answered = (await db.IncidentsDetectedAsync(scope.BrandId, year.Start, year.End, ct))
            .Where(i => i.ResponseTime is not null)
            .Select(i => (Month: year.MonthOf(i.DetectedAt), Hours: (decimal)i.ResponseTime!.Value.TotalHours))
            .ToList();
        return new KpiFigures(Median(answered.Select(a => a.Hours)), year.Series(m => Median(answered.Where(a => a.Month == m).Select(a => a.Hours))));
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count), to one decimal; null for none.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return Math.Round(sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m, 1);
    }

    /// <summary>
    /// The share of the brand's content that the market's readers are served in the market's own (first) locale, by the
    /// translation overview's rule. A state, not a history: known for the running year only (today's value, in the
    /// current month of the series).
    /// </summary>
    private static async Task<KpiFigures> TranslationCoverageAsync(BrandContentDb db, KpiDefinition definition, KpiScope scope, KpiYear year, CancellationToken ct)
    {
        if (year.IsPast || year.MonthsStarted == 0 || definition.Market is not { } code)
        {
            return new KpiFigures(null, year.Series(_ => null));
        }

        var brand = await db.Brands.FirstAsync(b => b.Id == scope.BrandId, ct);
        var market = await db.Markets.FirstAsync(m => m.Code == code, ct);
        var coverage = (await db.TranslationOverviewAsync(brand, [market], scope.Now, ct)).Markets[0];
        decimal? value = coverage.Total == 0 ? null : Math.Round(100m * coverage.ServedInLocale / coverage.Total, 1);
        return new KpiFigures(value, year.Series(m => m == year.MonthsStarted ? value : null));
    }

    /// <summary>Variants made live (PUBLISHED entries of the publishing history), of the pillar's content and in the market's first locale when given.</summary>
    private static async Task<KpiFigures> ContentPublishedAsync(BrandContentDb db, KpiDefinition definition, KpiScope scope, KpiYear year, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var kind in LocalizedKinds.All)
        {
            ids.AddRange((await kind.EntitiesAsync(db, BrandSelection.Only(scope.BrandId), ct)).Select(e => e.Id));
        }

        if (definition.PillarId is { } pillar)
        {
            var tagged = await PillarContent.IdsAsync(db, pillar, ct);
            ids = [.. ids.Where(tagged.Contains)];
        }

        var query = db.VariantRevisions.Where(r => r.Action == RevisionAction.Published && r.At >= year.Start && r.At < year.End && ids.Contains(r.EntityId));
        if (definition.Market is { } code)
        {
            var first = await db.Markets.Where(m => m.Code == code).Select(m => m.LocaleChain).FirstAsync(ct) is { Count: > 0 } chain ? chain[0] : scope.SourceLocale;
            query = query.Where(r => r.Locale == first);
        }

        return Counts(year, await query.Select(r => r.At).ToListAsync(ct));
    }

    private static async Task<KpiFigures> PostsSentAsync(BrandContentDb db, KpiDefinition definition, KpiScope scope, KpiYear year, CancellationToken ct)
    {
        var query = db.Distributions.Where(d => d.BrandId == scope.BrandId && d.PostedAt >= year.Start && d.PostedAt < year.End);
        if (definition.Channel is { } channel)
        {
            query = query.Where(d => d.Channel == channel);
        }

        if (definition.Market is { } market)
        {
            query = query.Where(d => d.Market == market);
        }

        return Counts(year, await query.Select(d => d.PostedAt).ToListAsync(ct));
    }

    /// <summary>A count per month; no data at all is no value (null), so last year's count falls back to the baseline.</summary>
    private static KpiFigures Counts(KpiYear year, IReadOnlyList<DateTimeOffset> instants)
    {
        if (instants.Count == 0)
        {
            return new KpiFigures(null, year.Series(_ => null));
        }

        var byMonth = instants.GroupBy(year.MonthOf).ToDictionary(g => g.Key, g => g.Count());
        return new KpiFigures(instants.Count, year.Series(m => byMonth.GetValueOrDefault(m)));
    }
}
