using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace BrandContent.Api.Studio;

/// <summary>The studio's languages, and the one rule for which of them a request is shown in.</summary>
public static class StudioCultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    /// <summary>The language switch offers them in this order.</summary>
    public static readonly string[] All = [Vietnamese, English];

    /// <summary>The cookie that keeps a visitor's choice before (and after) signing in.</summary>
    public const string CookieName = "bc_studio_lang";

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture, StringComparer.Ordinal);

    /// <summary>The session's choice, else the cookie's, else what Accept-Language asked for (vi or en), else the default.</summary>
    public static string Choose(HttpContext http, string? sessionCulture, string defaultCulture)
    {
        if (IsSupported(sessionCulture))
        {
            return sessionCulture!;
        }

        if (http.Request.Cookies[CookieName] is { } cookie && IsSupported(cookie))
        {
            return cookie;
        }

        // Request localization has matched Accept-Language against vi and en already; no provider: nothing matched.
        var matched = http.Features.Get<IRequestCultureFeature>();
        return matched?.Provider is not null && IsSupported(matched.RequestCulture.UICulture.TwoLetterISOLanguageName)
            ? matched.RequestCulture.UICulture.TwoLetterISOLanguageName
            : defaultCulture;
    }

    public static void Apply(string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
    }
}
