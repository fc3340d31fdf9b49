using BrandContent.Clarifications;
using BrandContent.Kpis;
using BrandContent.Localization;
using BrandContent.Partners;
using BrandContent.Plans;
using BrandContent.Translation;

namespace BrandContent.Reports;

/// <summary>
/// A brand's year as its plan owner reports it (docs/architecture.md, "The yearly report"): what was published, the
/// events held, translation coverage, the plans' tasks with their evidence, the indicators against their targets, incidents and response times, partners reached per market.
/// Names are in <see cref="Locale"/> (the brand's source locale when a text has no variant in it).
/// </summary>
public sealed record YearlyReport(
    ReportBrand Brand,
    ReportPeriod Period,
    string Locale,
    DateTimeOffset GeneratedAt,
    ReportPublishing Publishing,
    IReadOnlyList<ReportEvent> Events,
    IReadOnlyList<ReportMarketCoverage> TranslationCoverage,
    IReadOnlyList<TaskSummary> Tasks,
    ReportKpis Kpis,
    ReportIncidents Incidents,
    ReportPartnersReached PartnersReached);

/// <summary>The brand's incidents detected in the year, and the median time their answers took (answered ones only).</summary>
public sealed record ReportIncidents(IReadOnlyList<IncidentSummary> Items)
{
    public int Answered => Items.Count(i => i.ResponseTime is not null);

    /// <summary>The median response time in hours, two decimals; null while nothing was answered.</summary>
    public decimal? MedianResponseHours
    {
        get
        {
            var hours = Items.Where(i => i.ResponseTime is not null).Select(i => (decimal)i.ResponseTime!.Value.TotalHours).Order().ToList();
            if (hours.Count == 0)
            {
                return null;
            }

            var middle = hours.Count / 2;
            var median = hours.Count % 2 == 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2;
            return Math.Round(median, 2, MidpointRounding.AwayFromZero);
        }
    }

    public static decimal Hours(TimeSpan span) => Math.Round((decimal)span.TotalHours, 2, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The brand's indicators for the year as the KPI evaluator gives them, and which of them is the positive share of
/// foreign coverage (its code is the brand's; the measure says which one it is), for the chart against its target.
/// </summary>
public sealed record ReportKpis(IReadOnlyList<KpiResult> Results, string? PositiveShareCode)
{
    public KpiResult? PositiveShare => Results.FirstOrDefault(r => r.Code == PositiveShareCode);
}

public sealed record ReportBrand(Guid Id, string Slug, string Name);

/// <summary>
/// Content that went live in the year: items are entities of any kind (a story, a post, an asset…) with at least
/// one variant published in the year, counted once whatever their locales.
/// </summary>
public sealed record ReportPublishing(
    int Items,
    IReadOnlyList<PublishedOfKind> ByKind,
    IReadOnlyList<PublishedOfPillar> ByPillar,
    IReadOnlyList<PublishedInMarket> ByMarket,
    IReadOnlyList<PublishedOnChannel> ByChannel);

public sealed record PublishedOfKind(ContentKind Kind, int Items);

/// <summary>Stories, channel posts and assets tagged with the pillar that went live in the year.</summary>
public sealed record PublishedOfPillar(string Key, string Name, int Stories, int Posts, int Assets)
{
    public int Total => Stories + Posts + Assets;
}

/// <summary>
/// A market's year: items that went live in its first locale (what its readers got in their language), channel posts
/// for the market that went live, and the posts schedulers reported sending to it (the distribution log).
/// </summary>
public sealed record PublishedInMarket(string Market, string Name, string Locale, int Items, int Posts, int Sent);

/// <summary>A channel's year: channel posts for it that went live, and the sends schedulers reported.</summary>
public sealed record PublishedOnChannel(string Channel, string Name, int Posts, int Sent);

public enum EventProgress
{
    Held,
    Ongoing,
    Upcoming,
}

/// <summary>A published event of the brand whose dates overlap the year, and whether it has been held (judged in Việt Nam).</summary>
public sealed record ReportEvent(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, string Place, EventProgress Progress);

/// <summary>
/// A market's translation coverage now, exactly as <c>translationOverview</c> counts it (the same code), with the share
/// of items its readers get in the market's first locale.
/// </summary>
public sealed record ReportMarketCoverage(string Name, MarketTranslationCoverage Counts)
{
    /// <summary>Percent of the brand's items served in the market's first locale, one decimal; null when the brand has none.</summary>
    public decimal? ServedInLocalePercent =>
        Counts.Total == 0 ? null : Math.Round(100m * Counts.ServedInLocale / Counts.Total, 1, MidpointRounding.AwayFromZero);
}
