namespace BrandContent.Api.Studio.Pages.Overview;

/// <summary>The overview's GraphQL documents, run through <see cref="StudioApi"/>.</summary>
public static class OverviewDocuments
{
    /// <summary>The brands the key reaches, named in the page's language where they have it.</summary>
    public const string Brands = """
        query StudioBrands($locale: String) {
          brands(locale: $locale) { slug name locale }
        }
        """;
}

public sealed record OverviewBrand(string Slug, string Name, string Locale);

public sealed record OverviewBrands(IReadOnlyList<OverviewBrand> Brands);
