namespace BrandContent.Api.Sitemaps;

/// <summary>
/// Where the websites publish each story (section <c>BrandContent:Sitemaps</c>): a URL pattern per brand, or the
/// default one, with the placeholders <c>{locale}</c>, <c>{slug}</c> and <c>{brand}</c> (<see cref="SitemapUrlPattern"/>).
/// A brand without a pattern has no sitemap.
/// </summary>
public sealed record SitemapOptions
{
    public const string Section = "BrandContent:Sitemaps";

    /// <summary>The sitemaps protocol's limit of URLs per sitemap file.</summary>
    public const int ProtocolMaxUrls = 50_000;

    /// <summary>The pattern of brands without their own, e.g. <c>https://example.org/{locale}/{slug}</c>; none: only brands named in <see cref="Brands"/>.</summary>
    public string? DefaultPattern { get; init; }

    /// <summary>Patterns by brand slug, e.g. <c>"gia-lai": "https://dulich.gialai.gov.vn/{locale}/{slug}"</c>.</summary>
    public Dictionary<string, string> Brands { get; init; } = [];

    /// <summary>URLs per sitemap file before a brand's sitemap is split into pages (at most the protocol's 50,000).</summary>
    public int MaxUrlsPerSitemap { get; init; } = ProtocolMaxUrls;

    /// <summary>
    /// The API's public address, for the sitemap index's links to the sitemaps (e.g. <c>https://api.example.org</c>);
    /// without it, the scheme and host the request came to.
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    public string? PatternFor(string brandSlug) => Brands.GetValueOrDefault(brandSlug) ?? DefaultPattern;
}
