using System.Text.RegularExpressions;
using BrandContent.Localization;

namespace BrandContent.Editing;

/// <summary>Field checks shared by the entity rules; each adds a <see cref="FieldProblem"/> naming the field.</summary>
public static partial class Checks
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public static partial Regex Slug();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Hex();

    [GeneratedRegex(@"^[\w.+-]+/[\w.+-]+$")]
    private static partial Regex MimeType();

    public static void Text(this List<FieldProblem> problems, string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new FieldProblem(field, ValidationRule.Required));
            }
        }
        else if (value.Length > maxLength)
        {
            problems.Add(new FieldProblem(field, ValidationRule.MaxLength, maxLength, value.Length));
        }
    }

    /// <summary>
    /// <see cref="Text"/> on one line: a label, a name, a place or an id is shown in lists and headers and written into
    /// files (XLIFF, iCalendar, CSV), where a line break, an escape or a bell is an attack or a bug.
    /// </summary>
    public static void Line(this List<FieldProblem> problems, string field, string? value, int maxLength, bool required = true)
    {
        problems.Text(field, value, maxLength, required);
        if (value is not null && value.Length <= maxLength)
        {
            problems.SingleLine(field, value);
        }
    }

    /// <summary>Adds a <see cref="ValidationRule.SingleLine"/> problem naming the first control character, if any; says whether it did.</summary>
    public static bool SingleLine(this List<FieldProblem> problems, string field, string? value)
    {
        if (value?.FirstOrDefault(char.IsControl) is not { } c || c == default)
        {
            return false;
        }

        problems.Add(new FieldProblem(field, ValidationRule.SingleLine, $"U+{(int)c:X4}"));
        return true;
    }

    public static void SlugValue(this List<FieldProblem> problems, string field, string? value, int maxLength)
    {
        problems.Text(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && !Slug().IsMatch(value))
        {
            problems.Add(new FieldProblem(field, ValidationRule.SlugFormat, value));
        }
    }

    public static void HexColor(this List<FieldProblem> problems, string field, string? value)
    {
        if (value is null || !Hex().IsMatch(value))
        {
            problems.Add(new FieldProblem(field, ValidationRule.HexColor, value));
        }
    }

    public static void Locale(this List<FieldProblem> problems, string field, string? value, ISet<string> registered)
    {
        if (!LocaleTag.TryNormalize(value, out var tag))
        {
            problems.Add(new FieldProblem(field, ValidationRule.LocaleTag, value));
        }
        else if (!registered.Contains(tag))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Reference, tag));
        }
    }

    public static void Url(this List<FieldProblem> problems, string field, string? value, int maxLength)
    {
        problems.Text(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value)
            && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Url, value));
        }
    }

    public static void Mime(this List<FieldProblem> problems, string field, string? value, int maxLength)
    {
        problems.Text(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && !MimeType().IsMatch(value))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Format, value, "type/subtype"));
        }
    }

    public static void InRange(this List<FieldProblem> problems, string field, double? value, double min, double max)
    {
        if (value is { } v && (v < min || v > max))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Range, min, max, v));
        }
    }

    public static void Ordered<T>(this List<FieldProblem> problems, string laterField, T? earlier, T? later, string earlierField)
        where T : struct, IComparable<T>
    {
        if (earlier is { } start && later is { } end && end.CompareTo(start) < 0)
        {
            problems.Add(new FieldProblem(laterField, ValidationRule.DateOrder, end, earlierField));
        }
    }

    public static void Exists<T>(this List<FieldProblem> problems, string field, IEnumerable<T> given, ICollection<T> known)
    {
        problems.AddRange(given.Where(g => !known.Contains(g)).Select(g => new FieldProblem(field, ValidationRule.Reference, g)));
    }
}
