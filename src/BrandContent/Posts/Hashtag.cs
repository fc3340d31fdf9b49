using System.Text;
using System.Text.RegularExpressions;

namespace BrandContent.Posts;

/// <summary>
/// A hashtag in its one spelling: without the '#' (ASCII or full-width), trimmed, in Unicode NFC so that a Vietnamese
/// tag typed with combining marks is the same tag as one typed precomposed. Well formed: letters (with their marks)
/// of any script, digits and underscores, at least one of them not a digit (platforms do not link "#2026"), at most
/// <see cref="MaxLength"/> characters.
/// </summary>
public static partial class Hashtag
{
    public const int MaxLength = 100;

    [GeneratedRegex(@"^(?=[\p{L}\p{M}\p{Nd}_]*[\p{L}_])[\p{L}\p{M}\p{Nd}_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static string Normalize(string tag) => tag.Trim().TrimStart('#', '＃').Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Hashtags in their one spelling, each once (a platform links #Hue and #hue to the same tag), in their first position.</summary>
    public static List<string> NormalizeAll(IEnumerable<string> tags) =>
        [.. tags.Select(Normalize).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static bool IsWellFormed(string normalized) => normalized.Length <= MaxLength && Pattern().IsMatch(normalized);
}
