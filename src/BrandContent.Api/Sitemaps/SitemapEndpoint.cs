using System.Globalization;
using System.Text;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using BrandContent.Stories;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Sitemaps;

/// <summary>
/// <c>GET /sitemap.xml</c> (the index of every public brand's sitemap), <c>GET /sitemaps/{brand}.xml</c> and, for a brand
/// with more URLs than fit one file, <c>GET /sitemaps/{brand}/{page}.xml</c>. No key: search engines fetch them, and
/// they hold only what delivery serves publicly. Answers are kept in the response cache like published reads (tagged
/// with their brand, or global for the index, so publishing evicts them) and sent with ETag and public Cache-Control.
/// </summary>
public sealed class SitemapEndpoint(
    IOptions<SitemapOptions> options, DeliveryCache cache, AnswerLifetimes lifetimes, BrandFamilies families, HttpCaching headers, LocalizedErrors errors, TimeProvider clock)
{
    public const string IndexPattern = "/sitemap.xml";
    public const string BrandPattern = "/sitemaps/{brand}.xml";
    public const string PagePattern = "/sitemaps/{brand}/{page}.xml";
    private const string Operation = "sitemap";

    /// <summary>Whoever fetches a sitemap sees what an anonymous public caller sees; all of them share an entry.</summary>
    private static readonly Caller Crawler = Caller.Anonymous(Role.Public);

    private readonly SitemapOptions settings = options.Value;

    public Task IndexAsync(HttpContext http, BrandContentDb db) =>
        AnswerAsync(http, db, "index", async (scope, baseUrl, now, cancellationToken) =>
        {
            // Any brand's change may add or drop it from the index.
            scope.CoversAll();
            var brands = (await db.SitemapBrandsAsync(null, now, cancellationToken)).Where(b => settings.PatternFor(b.Slug) is not null).ToList();
            return brands.Count == 0
                ? null
                : SitemapXml.Index(brands.SelectMany(b => Pages(b) == 1
                    ? [(BrandLocation(baseUrl, b.Slug), b.LastModified)]
                    : Enumerable.Range(1, Pages(b)).Select(page => (PageLocation(baseUrl, b.Slug, page), b.LastModified))));
        });

    public Task BrandAsync(HttpContext http, BrandContentDb db, string brand, string? page)
    {
        var slug = BrandSlug.Normalize(brand);
        int? number = page is null ? null : int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 0;
        // Only what a slug may be reaches the database; anything else ('..', control characters, a novel) is no sitemap.
        if (slug.Length > Brand.SlugMaxLength || !Checks.Slug().IsMatch(slug) || number == 0)
        {
            return NotFoundAsync(http);
        }

        return AnswerAsync(http, db, $"{slug}/{number}", async (scope, baseUrl, now, cancellationToken) =>
        {
            var found = (await db.SitemapBrandsAsync(slug, now, cancellationToken)).SingleOrDefault();
            if (found is null || settings.PatternFor(found.Slug) is not { } pattern)
            {
                return null;
            }

            scope.Covers(new Brand { Id = found.Id, Slug = found.Slug });
            var pages = Pages(found);
            if (number is null && pages > 1)
            {
                return SitemapXml.Index(Enumerable.Range(1, pages).Select(p => (PageLocation(baseUrl, found.Slug, p), found.LastModified)));
            }

            var at = number ?? 1;
            if (at > pages)
            {
                return null;
            }

            var entries = await db.SitemapPageAsync(found.Id, (at - 1) * settings.MaxUrlsPerSitemap, settings.MaxUrlsPerSitemap, now, cancellationToken);
            var alternates = await db.SitemapAlternatesAsync(found.Id, [.. entries.Select(e => e.StoryId).Distinct()], now, cancellationToken);
            return SitemapXml.UrlSet(SitemapXml.StoryUrls(
                entries, alternates, story => SitemapUrlPattern.Expand(pattern, found.Slug, story.Locale, story.Slug), found.SourceLocale));
        });
    }

    private int Pages(SitemapBrand brand) => (brand.Urls + settings.MaxUrlsPerSitemap - 1) / settings.MaxUrlsPerSitemap;

    private static string BrandLocation(string baseUrl, string slug) => $"{baseUrl}/sitemaps/{slug}.xml";

    private static string PageLocation(string baseUrl, string slug, int page) => string.Create(CultureInfo.InvariantCulture, $"{baseUrl}/sitemaps/{slug}/{page}.xml");

    private string BaseUrl(HttpContext http) =>
        settings.PublicBaseUrl?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{http.Request.PathBase.ToUriComponent()}";

    /// <summary>
    /// The answer from the cache, or built (null: no such sitemap) and kept for as long as nothing in it changes by itself;
    /// <paramref name="name"/> says which sitemap in the cache key.
    /// </summary>
    private async Task AnswerAsync(
        HttpContext http, BrandContentDb db, string name, Func<AnswerScope, string, DateTimeOffset, CancellationToken, Task<byte[]?>> build)
    {
        var cancellationToken = http.RequestAborted;
        var baseUrl = BaseUrl(http);
        // The base is part of the key: without a configured one, it comes from the request's Host.
        var key = cache.KeyOf(Crawler, SitemapXml.MediaType, Encoding.UTF8.GetBytes($"{Operation}\n{baseUrl}\n{name}"));
        if (key is not null && await cache.GetAsync(key, cancellationToken) is { } hit)
        {
            await WriteAsync(http, hit);
            return;
        }

        var started = cache.Generation;
        var scope = new AnswerScope();
        var now = clock.GetUtcNow();
        if (await build(scope, baseUrl, now, cancellationToken) is not { } body)
        {
            await NotFoundAsync(http);
            return;
        }

        var family = await families.OfAsync(db, scope.Brands.Keys, cancellationToken);
        var answer = new CachedAnswer(HttpCaching.ETagOf(body), Operation, HttpCaching.SurrogateKeysOf(family.Select(b => b.Slug), scope.Global), body);
        if (key is not null)
        {
            var lifetime = await lifetimes.LifetimeAsync(db, scope, family.Select(b => b.Id), now, started, cancellationToken);
            await cache.StoreAsync(key, answer, scope, lifetime, started, cancellationToken);
        }

        await WriteAsync(http, answer);
    }

    private async Task WriteAsync(HttpContext http, CachedAnswer answer)
    {
        if (headers.WriteHeaders(http, answer, cacheable: true, sharedCacheMayKeep: true))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.ContentType = $"{SitemapXml.MediaType}; charset=utf-8";
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }

    /// <summary>A 404 naming the path asked for (cut, in a JSON problem: never markup).</summary>
    private Task NotFoundAsync(HttpContext http) =>
        Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: errors.Message(ErrorCode.SitemapNotFound, http.Request.Path.Value ?? ""),
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCode.SitemapNotFound })
            .ExecuteAsync(http);
}
