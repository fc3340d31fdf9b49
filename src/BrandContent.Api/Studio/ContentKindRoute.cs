using BrandContent.Localization;

namespace BrandContent.Api.Studio;

/// <summary>A content kind as studio addresses spell it: the API's name in lower case with hyphens (<c>key-message</c>).</summary>
public static class ContentKindRoute
{
    public static string ToRoute(this ContentKind kind) => kind.ToConstantCase().ToLowerInvariant().Replace('_', '-');

    /// <summary>The kind an address names; false for anything else (a forged or mistyped address).</summary>
    public static bool TryParse(string? segment, out ContentKind kind)
    {
        foreach (var candidate in Enum.GetValues<ContentKind>())
        {
            if (string.Equals(candidate.ToRoute(), segment, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The editor's address for one item in one locale.</summary>
    public static string EditorPath(ContentKind kind, Guid id, string locale) =>
        $"/studio/edit/{kind.ToRoute()}/{id:D}/{Uri.EscapeDataString(locale)}";
}
