using BrandContent.Api.Limits;
using BrandContent.Storage;

namespace BrandContent.Api.Sitemaps;

public static class SitemapRegistration
{
    public static IHostApplicationBuilder AddBrandContentSitemaps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SitemapOptions>()
            .BindConfiguration(SitemapOptions.Section)
            .Validate(o => o.DefaultPattern is null || SitemapUrlPattern.IsValid(o.DefaultPattern),
                $"{SitemapOptions.Section}:DefaultPattern must be an absolute http(s) URL with {SitemapUrlPattern.Locale} and {SitemapUrlPattern.Slug}.")
            .Validate(o => o.Brands.Values.All(SitemapUrlPattern.IsValid),
                $"{SitemapOptions.Section}:Brands must map brand slugs to absolute http(s) URLs with {SitemapUrlPattern.Locale} and {SitemapUrlPattern.Slug}.")
            .Validate(o => o.MaxUrlsPerSitemap is >= 1 and <= SitemapOptions.ProtocolMaxUrls,
                $"{SitemapOptions.Section}:MaxUrlsPerSitemap must be between 1 and {SitemapOptions.ProtocolMaxUrls}.")
            .Validate(o => SitemapUrlPattern.IsValidBase(o.PublicBaseUrl),
                $"{SitemapOptions.Section}:PublicBaseUrl must be an absolute http(s) URL without query or fragment.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SitemapEndpoint>();
        return builder;
    }

    /// <summary>The sitemaps, without a key: only the rate limit of the caller's address applies.</summary>
    public static IEndpointRouteBuilder MapBrandContentSitemaps(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SitemapEndpoint.IndexPattern, (HttpContext http, BrandContentDb db, SitemapEndpoint sitemaps) => sitemaps.IndexAsync(http, db))
            .WithRequestLimits();
        endpoints.MapGet(SitemapEndpoint.BrandPattern, (HttpContext http, string brand, BrandContentDb db, SitemapEndpoint sitemaps) => sitemaps.BrandAsync(http, db, brand, null))
            .WithRequestLimits();
        endpoints.MapGet(SitemapEndpoint.PagePattern, (HttpContext http, string brand, string page, BrandContentDb db, SitemapEndpoint sitemaps) => sitemaps.BrandAsync(http, db, brand, page))
            .WithRequestLimits();
        return endpoints;
    }
}
