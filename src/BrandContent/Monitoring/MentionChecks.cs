using System.Text.RegularExpressions;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Monitoring;

/// <summary>
/// What a mention's values must be, shared by recordMention and each row of an import: plain one-line text (no
/// control characters, no markup, nothing a spreadsheet would run when the list is exported again), an http(s) URL,
/// a known market, a well-formed language tag, a reach of 0 or more, pillars of the mention's brands.
/// </summary>
public static partial class MentionChecks
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    [GeneratedRegex(@"<\s*[A-Za-z/!?]")]
    private static partial Regex Tag();

    /// <summary>Plain text: length, control characters (line breaks too: a headline is one line), markup, formula starts.</summary>
    public static void PlainLine(List<FieldProblem> problems, string field, string? value, int maxLength, bool required)
    {
        var before = problems.Count;
        problems.Text(field, value, maxLength, required);
        if (problems.Count > before || string.IsNullOrEmpty(value))
        {
            return;
        }

        if (problems.SingleLine(field, value))
        {
            return;
        }

        if (Tag().IsMatch(value))
        {
            problems.Add(new FieldProblem(field, MonitoringRules.Markup));
        }
        else if (FormulaStarts.Contains(value.TrimStart()[0]))
        {
            problems.Add(new FieldProblem(field, MonitoringRules.Formula, value.TrimStart()[0].ToString()));
        }
    }

    /// <summary>The normalized URL, or null after adding its problem.</summary>
    public static string? Url(List<FieldProblem> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Required));
            return null;
        }

        if (value.Length > Mention.UrlMaxLength)
        {
            problems.Add(new FieldProblem(field, ValidationRule.MaxLength, Mention.UrlMaxLength, value.Length));
            return null;
        }

        if (!MentionUrl.TryNormalize(value, out var url))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Url, value));
            return null;
        }

        return url;
    }

    /// <summary>The language in its canonical spelling, or null after adding its problem.</summary>
    public static string? Language(List<FieldProblem> problems, string field, string? value)
    {
        if (LocaleTag.TryNormalize(value, out var tag))
        {
            return tag;
        }

        problems.Add(string.IsNullOrWhiteSpace(value) ? new FieldProblem(field, ValidationRule.Required) : new FieldProblem(field, ValidationRule.LocaleTag, value));
        return null;
    }

    public static void Reach(List<FieldProblem> problems, string field, long? reach) =>
        problems.InRange(field, reach, 0, long.MaxValue);

    /// <summary>The market codes (normalized) of every market that exists and is not archived.</summary>
    public static async Task<HashSet<string>> KnownMarketsAsync(BrandContentDb db, CancellationToken cancellationToken) =>
        (await db.Markets.Unarchived().Select(m => m.Code).ToListAsync(cancellationToken)).ToHashSet();

    public static void Market(List<FieldProblem> problems, string field, string? value, ISet<string> known)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Required));
        }
        else if (!known.Contains(MarketCode.Normalize(value)))
        {
            problems.Add(new FieldProblem(field, ValidationRule.Reference, value));
        }
    }
}
