using BrandContent.Localization;

namespace BrandContent.Api.Studio;

/// <summary>
/// A content kind in studio addresses: the API's name in lower case, words joined by hyphens (<c>story</c>,
/// <c>key-message</c>), and the addresses of the screens that show one item in one locale.
/// </summary>
public static class StudioKinds
{
    private static readonly Dictionary<ContentKind, string> Slugs = Enum.GetValues<ContentKind>()
        .ToDictionary(k => k, k => k.ToConstantCase().ToLowerInvariant().Replace('_', '-'));

    private static readonly Dictionary<string, ContentKind> Kinds = Slugs.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Slug(ContentKind kind) => Slugs[kind];

    /// <summary>Only the exact slugs: anything else in an address (a forged or mistyped one) is a 404, not a guess.</summary>
    public static bool TryParse(string? slug, out ContentKind kind) => Kinds.TryGetValue(slug ?? "", out kind);

    public static string EditorPath(ContentKind kind, Guid id, string locale) => ItemPath("edit", kind, id, locale);

    public static string ReviewPath(ContentKind kind, Guid id, string locale) => ItemPath("review", kind, id, locale);

    public static string HistoryPath(ContentKind kind, Guid id, string locale) => ItemPath("history", kind, id, locale);

    private static string ItemPath(string screen, ContentKind kind, Guid id, string locale) =>
        $"/studio/{screen}/{Slug(kind)}/{id:D}/{Uri.EscapeDataString(locale)}";
}
