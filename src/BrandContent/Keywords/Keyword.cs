using System.Globalization;
using System.Text;

namespace BrandContent.Keywords;

/// <summary>
/// A keyword in its one spelling (trimmed, inner spaces collapsed, Unicode NFC), and its folded form for comparing a
/// story's SEO keywords with a keyword set's: lower case without diacritics (<c>Cồng Chiêng</c> matches
/// <c>cong chieng</c>; Vietnamese đ is d).
/// </summary>
public static class Keyword
{
    public const int MaxLength = 100;

    public static string Normalize(string keyword) =>
        string.Join(' ', keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Keywords in their one spelling, each once regardless of case, in their first position. "cong chieng" stays next to
    /// "cồng chiêng": people search both ways, so a set may list both.
    /// </summary>
    public static List<string> NormalizeAll(IEnumerable<string> keywords) =>
        [.. keywords.Select(Normalize).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Whether <paramref name="text"/> uses <paramref name="keyword"/>, both folded: as whole words where words are
    /// spaced (<c>cồng chiêng</c> in <c>cồng chiêng Gia Lai</c>, not <c>ha</c> in <c>hai</c>), as a substring in
    /// scripts written without spaces (<c>ゴング</c> in <c>ゴング文化</c>).
    /// </summary>
    public static bool Uses(string text, string keyword)
    {
        var (haystack, needle) = (Fold(text), Fold(keyword));
        if (needle.Length == 0)
        {
            return false;
        }

        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            if (Bounded(haystack, at - 1, needle[0]) && Bounded(haystack, end, needle[^1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Bounded(string text, int index, char edge) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]) || Unspaced(edge) || Unspaced(text[index]);

    /// <summary>Han, kana: scripts whose words are not separated by spaces.</summary>
    private static bool Unspaced(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF');
}
