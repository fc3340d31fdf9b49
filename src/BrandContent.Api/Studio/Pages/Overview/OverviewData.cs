using BrandContent.Localization;
using BrandContent.Publishing;

namespace BrandContent.Api.Studio.Pages.Overview;

public sealed record OverviewBrand(string Slug, string Name, string Locale);

public sealed record OverviewMarket(string Code, IReadOnlyList<string> LocaleChain, string Name);

public sealed record OverviewBrandsAndMarkets(IReadOnlyList<OverviewBrand> Brands, IReadOnlyList<OverviewMarket> Markets);

public sealed record OverviewItem(ContentKind Kind, Guid EntityId, string Locale, string? Label);

public sealed record OverviewMarketCoverage(
    string Market, string Locale, int Total, int Published, int InReview, int Approved, int Draft, int Outdated, int Missing,
    int ServedInLocale, int ServedInFallback, int NotServed);

public sealed record OverviewTranslation(IReadOnlyList<OverviewMarketCoverage> Markets, IReadOnlyList<OverviewItem> InReview);

public sealed record OverviewUpcoming(ContentKind Kind, Guid EntityId, string Locale, ScheduledAction Action, DateTimeOffset DueAt, string RequestedBy, string? Label);

/// <summary>The answer of <see cref="OverviewDocuments.Work"/>.</summary>
public sealed record OverviewWork(OverviewTranslation TranslationOverview, IReadOnlyList<OverviewUpcoming> UpcomingChanges);
