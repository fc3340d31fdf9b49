using BrandContent.Localization;

namespace BrandContent.Api.Studio;

/// <summary>A content kind in studio addresses: lower-case words joined by hyphens (<c>story</c>, <c>key-message</c>).</summary>
public static class StudioKinds
{
    private static readonly Dictionary<ContentKind, string> Slugs = Enum.GetValues<ContentKind>()
        .ToDictionary(k => k, k => string.Concat(k.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));

    private static readonly Dictionary<string, ContentKind> Kinds = Slugs.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Slug(ContentKind kind) => Slugs[kind];

    /// <summary>Only the exact slugs: anything else in an address is a 404, not a guess.</summary>
    public static bool TryParse(string? slug, out ContentKind kind) => Kinds.TryGetValue(slug ?? "", out kind);
}
