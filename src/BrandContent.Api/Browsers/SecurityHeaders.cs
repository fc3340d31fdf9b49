using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.Browsers;

/// <summary>
/// Headers on every response that stop browsers from sniffing, framing or leaking the referrer; the
/// Content-Security-Policy is configurable (section <c>BrandContent:SecurityHeaders</c>, empty: not sent).
/// </summary>
public sealed record SecurityHeaders
{
    public const string Section = "BrandContent:SecurityHeaders";

    /// <summary>
    /// Lets the GraphiQL page run: its scripts and styles are local files, but it injects style elements at run time
    /// (hence 'unsafe-inline' for styles only) and its stylesheet embeds fonts and images as data: URLs.
    /// </summary>
    public const string GraphiQLPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public string ContentSecurityPolicy { get; init; } = GraphiQLPolicy;

    /// <summary>Added when the response starts, so that they survive a response that was cleared; a header already set wins.</summary>
    public void AddTo(HttpResponse response)
    {
        var headers = response.Headers;
        headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
        headers.TryAdd("Referrer-Policy", "no-referrer");
        headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
        if (!string.IsNullOrWhiteSpace(ContentSecurityPolicy))
        {
            headers.TryAdd(HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy);
        }
    }
}
