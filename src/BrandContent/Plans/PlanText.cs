using System.Text.RegularExpressions;
using BrandContent.Editing;
using BrandContent.Posts;

namespace BrandContent.Plans;

/// <summary>
/// The plain-text rule of every text a plan, task or report carries: within its length, no invisible control
/// characters, and no markup — these texts go into documents a department sends (the yearly report), where a tag
/// would either show as noise or, in a rendering that trusts it, run.
/// </summary>
internal static partial class PlanText
{
    [GeneratedRegex(@"<\s*[/!?]?\s*[A-Za-z]")]
    private static partial Regex Tag();

    public static void Check(List<FieldProblem> problems, string field, string? value, int maxLength, bool required = true)
    {
        problems.Text(field, value, maxLength, required);
        if (value is null || value.Length > maxLength)
        {
            return;
        }

        if (PlainText.HasControlCharacter(value))
        {
            problems.Add(new FieldProblem(field, ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(value)));
        }
        else if (Tag().Match(value) is { Success: true } tag)
        {
            problems.Add(new FieldProblem(field, ValidationRule.Markup, tag.Value));
        }
    }

    /// <summary>The stored form: trimmed, null when blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
