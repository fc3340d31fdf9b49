using BrandContent.Localization;

namespace BrandContent.Api.Studio;

/// <summary>
/// A content kind as it appears in a studio address: the kind's name in lower case, words joined by hyphens
/// (<c>story</c>, <c>key-message</c>). Anything else names no kind.
/// </summary>
public static class KindSlug
{
    public static string Of(ContentKind kind) => kind.ToConstantCase().ToLowerInvariant().Replace('_', '-');

    public static bool TryParse(string? slug, out ContentKind kind)
    {
        foreach (var candidate in Enum.GetValues<ContentKind>())
        {
            if (string.Equals(Of(candidate), slug, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
