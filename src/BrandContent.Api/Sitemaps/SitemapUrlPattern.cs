namespace BrandContent.Api.Sitemaps;

/// <summary>
/// A story's public URL from a pattern: <c>{locale}</c> (the BCP 47 tag, e.g. <c>zh-Hans</c>), <c>{slug}</c> and
/// <c>{brand}</c>, each escaped as URL data. A pattern must be an absolute http(s) URL with <c>{slug}</c> and
/// <c>{locale}</c>: one slug may serve two locales (a story's ko and ja translations often share it), so the locale
/// keeps their URLs apart.
/// </summary>
public static class SitemapUrlPattern
{
    public const string Locale = "{locale}";
    public const string Slug = "{slug}";
    public const string Brand = "{brand}";

    public static string Expand(string pattern, string brand, string locale, string slug) =>
        pattern
            .Replace(Brand, Uri.EscapeDataString(brand), StringComparison.Ordinal)
            .Replace(Locale, Uri.EscapeDataString(locale), StringComparison.Ordinal)
            .Replace(Slug, Uri.EscapeDataString(slug), StringComparison.Ordinal);

    public static bool IsValid(string? pattern)
    {
        if (pattern is null || !pattern.Contains(Slug, StringComparison.Ordinal) || !pattern.Contains(Locale, StringComparison.Ordinal))
        {
            return false;
        }

        var sample = Expand(pattern, "brand", "en", "slug");
        return !sample.Contains('{') && !sample.Contains('}')
            && Uri.TryCreate(sample, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0;
    }

    public static bool IsValidBase(string? url) =>
        url is null
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0);
}
