using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.Studio;

/// <summary>
/// The studio's own Content-Security-Policy (no inline script or style at all: charts are SVG with attributes) and
/// no caching of its pages, which show working copies. The API's other headers are added as on every response.
/// </summary>
public static class StudioHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Registered after the API's headers callback, so it runs before it (callbacks run last-first) and wins.</summary>
    public static void AddTo(HttpResponse response)
    {
        response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
        {
            response.Headers.CacheControl = "no-store";
        }
    }
}
