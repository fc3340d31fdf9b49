using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.Caching;

/// <summary>
/// The headers browsers and CDNs cache by: a strong ETag (a hash of the body) with 304 for a matching If-None-Match,
/// Cache-Control (public for callers a shared cache may serve, else private and revalidated), Vary, and the brand
/// tags of the answer (Surrogate-Key, Cache-Tag) for a CDN's purge.
/// </summary>
public sealed class HttpCaching(IOptions<DeliveryCacheOptions> options)
{
    public const string SurrogateKeyHeader = "Surrogate-Key";
    public const string CacheTagHeader = "Cache-Tag";
    /// <summary>
    /// Origin too: with one allowed origin ASP.NET Core's CORS does not say Vary: Origin, yet only that origin's requests
    /// get Access-Control-Allow-Origin, so a shared cache must keep one copy per origin (requests without one share).
    /// </summary>
    private const string VaryValue = "Accept, Accept-Language, Authorization, X-Api-Key, Origin";
    private const string Private = "private, no-cache";
    public const string NoStore = "no-store";

    private readonly string shared = string.Create(
        CultureInfo.InvariantCulture,
        $"public, max-age={options.Value.MaxAgeSeconds}, s-maxage={options.Value.SharedMaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}");

    /// <summary>The tags a CDN purges by (Surrogate-Key, Cache-Tag), readable: <c>brand-{slug}</c>, and <c>global</c> for answers about all brands.</summary>
    public static string SurrogateKeysOf(IEnumerable<string> brandSlugs, bool global) =>
        string.Join(' ', brandSlugs.Order(StringComparer.Ordinal).Select(slug => $"brand-{slug}").Concat(global ? ["global"] : []));

    /// <summary>A strong validator: the first 128 bits of the body's SHA-256, quoted.</summary>
    public static string ETagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return $"\"{Base64Url.EncodeToString(hash[..16])}\"";
    }

    /// <summary>
    /// Headers of a query's answer; true when the client already has it (If-None-Match), and the caller should answer 304
    /// without a body. <paramref name="cacheable"/>: a published answer (else only revalidated privately).
    /// </summary>
    public bool WriteHeaders(HttpContext http, CachedAnswer answer, bool cacheable, bool sharedCacheMayKeep)
    {
        var headers = http.Response.Headers;
        headers.ETag = answer.ETag;
        headers.CacheControl = cacheable && sharedCacheMayKeep ? shared : Private;
        // Set, not appended: the list holds Origin, the one value CORS may have put there.
        headers.Vary = VaryValue;
        if (cacheable && answer.SurrogateKeys.Length > 0)
        {
            headers[SurrogateKeyHeader] = answer.SurrogateKeys;
            headers[CacheTagHeader] = answer.CacheTags;
        }

        return Matches(http.Request.Headers.IfNoneMatch, answer.ETag);
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix does not matter; * matches any answer.</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.AsSpan().SequenceEqual(etag));
    }
}
