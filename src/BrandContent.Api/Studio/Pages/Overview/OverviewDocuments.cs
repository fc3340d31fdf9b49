namespace BrandContent.Api.Studio.Pages.Overview;

/// <summary>The overview's GraphQL documents, run through <see cref="StudioApi"/>: two, whatever the amount of content.</summary>
public static class OverviewDocuments
{
    /// <summary>The brands and markets the key reaches, named in the page's language where they have it.</summary>
    public const string BrandsAndMarkets = """
        query StudioBrands($locale: String) {
          brands(locale: $locale) { slug name locale }
          markets { code localeChain name(locale: $locale) }
        }
        """;

    /// <summary>Coverage in every market, what waits for review and the week's scheduled changes of one brand.</summary>
    public const string Work = """
        query StudioOverview($brand: String!, $first: Int!) {
          translationOverview(brand: $brand) {
            markets { market locale total published inReview approved draft outdated missing servedInLocale servedInFallback notServed }
            inReview(first: $first) { kind entityId locale label }
          }
          upcomingChanges(brand: $brand, days: 7) { kind entityId locale action dueAt requestedBy label }
        }
        """;
}
