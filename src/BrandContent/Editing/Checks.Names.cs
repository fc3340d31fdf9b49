using System.Globalization;

namespace BrandContent.Editing;

public static partial class Checks
{
    /// <summary>
    /// Localized display names (a channel's "Naver Blog" / "네이버 블로그"): at least one, each in a registered locale,
    /// plain text on one line. Control characters, bidirectional overrides (which can make a name read backwards in a
    /// list) and angle brackets (markup some client might render) are refused rather than stored.
    /// </summary>
    public static void Names(this List<FieldProblem> problems, IReadOnlyDictionary<string, string> names, ISet<string> registeredLocales, int maxLength)
    {
        if (names.Count == 0)
        {
            problems.Add(new FieldProblem("names", ValidationRule.Required));
        }

        foreach (var (tag, name) in names)
        {
            problems.Locale("names.locale", tag, registeredLocales);
            var field = $"names.{tag}";
            problems.Text(field, name, maxLength);
            if (name.Length <= maxLength && name.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Control || c is '<' or '>' || IsBidiControl(c)))
            {
                problems.Add(new FieldProblem(field, ValidationRule.Format, name, "plain text on one line, without control characters or markup"));
            }
        }
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
