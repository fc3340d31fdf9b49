using BrandContent.Editing;
using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Clarifications;

/// <summary>
/// What an incident may hold: a plain-text summary, times not in the future and in order, and only its own brand's
/// mentions and clarification (another brand's id is refused exactly like an id that names nothing).
/// </summary>
public static class IncidentRules
{
    public const int MaxMentions = 200;

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static async Task<List<FieldProblem>> CheckAsync(BrandContentDb db, Guid brandId, IncidentInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        problems.Text("summary", input.Summary, Incident.SummaryMaxLength);
        if (PlainText.HasControlCharacter(input.Summary))
        {
            problems.Add(new FieldProblem("summary", ValidationRule.ControlCharacter, PlainText.FirstControlCharacter(input.Summary)));
        }

        if (!Enum.IsDefined(input.Severity))
        {
            problems.Add(new FieldProblem("severity", ValidationRule.Reference, input.Severity));
        }

        // Times are facts already seen: none in the future (beyond a minute of clock skew), and no answer before the detection.
        foreach (var (field, at) in new[] { ("detectedAt", (DateTimeOffset?)input.DetectedAt), ("answeredAt", input.AnsweredAt) })
        {
            if (at > now + ClockSkew)
            {
                problems.Add(new FieldProblem(field, ValidationRule.NotInFuture, at));
            }
        }

        problems.Ordered("answeredAt", (DateTimeOffset?)input.DetectedAt, input.AnsweredAt, "detectedAt");

        if (input.Clarification is { } clarification
            && !await db.Clarifications.Unarchived().AnyAsync(c => c.Id == clarification && c.BrandId == brandId, cancellationToken))
        {
            problems.Add(new FieldProblem("clarification", ValidationRule.Reference, clarification));
        }

        var mentions = (input.Mentions ?? []).Distinct().ToList();
        problems.InRange("mentions", mentions.Count, 0, MaxMentions);
        if (mentions.Count is > 0 and <= MaxMentions)
        {
            var known = await db.Mentions.Where(m => mentions.Contains(m.Id) && m.BrandIds.Contains(brandId)).Select(m => m.Id).ToListAsync(cancellationToken);
            problems.Exists("mentions", mentions, known);
        }

        return problems;
    }
}
