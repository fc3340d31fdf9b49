using System.Text;

namespace BrandContent.Kits;

/// <summary>
/// Token names from what editors typed (a role such as PRIMARY or "Body text"): lower case ASCII letters, digits and
/// hyphens, so the same name is a legal Design Tokens name (no '{', '}', '.', no leading '$') and a CSS identifier
/// after <c>--color-</c>. Repeated names get -2, -3…; a name with nothing left is the group and its position.
/// </summary>
public static class TokenNames
{
    public const int MaxLength = 40;

    public static IReadOnlyList<string> For(string group, IEnumerable<string> typed)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var (text, i) in typed.Select((t, i) => (t, i)))
        {
            var stem = Sanitize(text) is { Length: > 0 } clean ? clean : $"{group}-{i + 1}";
            var name = stem;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}-{n}";
            }

            names.Add(name);
        }

        return names;
    }

    private static string Sanitize(string text)
    {
        var name = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                name.Append(c);
            }
            else if (c == 'đ')
            {
                name.Append('d');
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var result = name.ToString().Trim('-');
        return result.Length > MaxLength ? result[..MaxLength].TrimEnd('-') : result;
    }
}
