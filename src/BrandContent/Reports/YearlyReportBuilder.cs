using BrandContent.Brands;
using BrandContent.Clarifications;
using BrandContent.Events;
using BrandContent.Kpis;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Partners;
using BrandContent.Plans;
using BrandContent.Storage;
using BrandContent.Translation;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Reports;

/// <summary>
/// Gathers a yearly report from the features that own each figure: publishing (live rows), events, the translation
/// overview (the same code as <c>translationOverview</c>), plans (<c>TasksOfBrandYearAsync</c>), the KPI evaluator and incidents (<c>IncidentsOfYearAsync</c>),
/// never a second rule for any of them.
/// </summary>
public sealed class YearlyReportBuilder(BrandContentDb db, KpiEvaluator kpis)
{
    /// <summary>
    /// The report of <paramref name="brand"/> for the period, in <paramref name="locale"/>, over the markets the caller
    /// reaches (in the order the report lists them); <paramref name="allMarkets"/> when the caller reaches every market,
    /// so that counts are not narrowed to the list.
    /// </summary>
    public async Task<YearlyReport> BuildAsync(
        Brand brand, ReportPeriod period, string locale, IReadOnlyList<Market> markets, bool allMarkets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var chain = new LocaleChain([locale, brand.SourceLocale]);
        var localized = await db.LocalizeBrandsAsync([brand], new LocaleRequest([locale], Fallback: true), now, cancellationToken);
        var name = localized.FirstOrDefault()?.Variant.Name is { Length: > 0 } found ? found : brand.Slug;
        var publishing = await db.PublishedInPeriodAsync(brand.Id, brand.SourceLocale, period, chain, markets, allMarkets, now, cancellationToken);
        var events = await EventsAsync(brand, period, chain, now, cancellationToken);
        var overview = await db.TranslationOverviewAsync(brand, markets, now, cancellationToken);
        var coverage = overview.Markets
            .Join(markets, c => c.Market, m => m.Code, (c, m) => new ReportMarketCoverage(m.Names.NameIn(chain.Locales), c))
            .ToList();
        var tasks = await db.TasksOfBrandYearAsync(brand.Id, period.Year, ReportPeriod.Today(now), cancellationToken);
        var results = await kpis.EvaluateAsync(brand.Id, period.Year, locale, cancellationToken);
        var positiveShare = await db.KpiDefinitions
            .Where(d => d.BrandId == brand.Id && d.Measure == KpiMeasure.PositiveForeignShare && d.FromYear <= period.Year && (d.ToYear == null || d.ToYear >= period.Year))
            .OrderBy(d => d.Code)
            .Select(d => d.Code)
            .FirstOrDefaultAsync(cancellationToken);
        var incidents = await db.IncidentsOfYearAsync(brand.Id, period.Year, cancellationToken);
        var partners = await db.PartnersReachedAsync(brand.Id, period.FirstDay, period.LastDay, markets, m => m.Names.NameIn(chain.Locales), cancellationToken);
        return new YearlyReport(
            new ReportBrand(brand.Id, brand.Slug, name), period, locale, now, publishing, events, coverage, tasks, new ReportKpis(results, positiveShare),
            new ReportIncidents(incidents), partners);
    }

    private async Task<List<ReportEvent>> EventsAsync(Brand brand, ReportPeriod period, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = ReportPeriod.Today(now);
        var events = await db.ListEventsAsync(brand.Id, period.FirstDay, period.LastDay, chain, now, cancellationToken);
        return events.Select(e => new ReportEvent(
                e.Entity.Id, e.Variant.Name, e.Entity.StartsOn, e.Entity.EndsOn, e.Entity.Place,
                e.Entity.EndsOn < today ? EventProgress.Held : e.Entity.StartsOn <= today ? EventProgress.Ongoing : EventProgress.Upcoming))
            .ToList();
    }
}
