using BrandContent.Assets;

namespace BrandContent.Api.Studio.Pages.Assets;

/// <summary>The asset bank's GraphQL document, run through <see cref="StudioApi"/>.</summary>
public static class AssetDocuments
{
    /// <summary>The brands the key reaches, to pick the first when none is asked for.</summary>
    public const string Brands = "query StudioAssetBrands($locale: String) { brands(locale: $locale) { slug name locale } }";

    /// <summary>
    /// A page of the bank with its filters' choices. Editors see it in preview (expired rights included, flagged);
    /// the rights' date only for roles that may read it (<c>$rights</c>), so every role can open the page.
    /// </summary>
    public const string Bank = """
        query StudioAssets($brand: String!, $locale: String, $preview: Boolean!, $rights: Boolean!,
                           $kind: AssetKind, $pillar: String, $tag: String, $after: String, $first: Int!) {
          brands(locale: $locale) { slug name locale }
          pillars(brand: $brand, locale: $locale) { key name locale }
          assets(brand: $brand, locale: $locale, preview: $preview, kind: $kind, pillar: $pillar, tag: $tag, after: $after, first: $first) {
            totalCount
            pageInfo { hasNextPage endCursor }
            items {
              id kind title locale altText credit license mimeType tags rightsExpired
              rightsExpireAt @include(if: $rights)
              thumbnail: url(width: 160)
              url
              pillars { key name }
            }
          }
        }
        """;
}

public sealed record BankBrand(string Slug, string Name, string Locale);

public sealed record BankPillar(string Key, string Name, string? Locale = null);

public sealed record BankAsset(
    Guid Id, AssetKind Kind, string Title, string Locale, string? AltText, string? Credit, string? License, string MimeType,
    IReadOnlyList<string> Tags, bool RightsExpired, DateTimeOffset? RightsExpireAt, string Thumbnail, string Url, IReadOnlyList<BankPillar> Pillars);

public sealed record BankPageInfo(bool HasNextPage, string? EndCursor);

public sealed record BankConnection(int? TotalCount, BankPageInfo PageInfo, IReadOnlyList<BankAsset> Items);

public sealed record BankPage(IReadOnlyList<BankBrand> Brands, IReadOnlyList<BankPillar> Pillars, BankConnection Assets);
