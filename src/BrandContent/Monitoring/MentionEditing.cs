using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BrandContent.Monitoring;

/// <summary>Records mentions one by one: checked (<see cref="MentionChecks"/>), unique by normalized URL, audited.</summary>
public static class MentionEditing
{
    public const string AuditKind = "Mention";

    public static async Task<Mention> RecordMentionAsync(
        this BrandContentDb db, IReadOnlyList<Guid> brandIds, MentionInput input, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        MentionChecks.PlainLine(problems, "outlet", input.Outlet, Mention.OutletMaxLength, required: true);
        MentionChecks.PlainLine(problems, "headline", input.Headline, Mention.HeadlineMaxLength, required: false);
        var url = MentionChecks.Url(problems, "url", input.Url);
        MentionChecks.Market(problems, "market", input.Market, await MentionChecks.KnownMarketsAsync(db, cancellationToken));
        var language = MentionChecks.Language(problems, "language", input.Language);
        MentionChecks.Reach(problems, "reach", input.Reach);
        var pillars = (input.Pillars ?? []).Distinct().ToList();
        problems.Exists("pillars", pillars, await db.Pillars.Where(p => brandIds.Contains(p.BrandId) && pillars.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken));
        if (url is not null && await db.Mentions.AnyAsync(m => m.Url == url, cancellationToken))
        {
            problems.Add(new FieldProblem("url", MonitoringRules.MentionRecorded, url));
        }

        ValidationFailedException.ThrowIfAny(problems);
        var mention = New(brandIds, input, url!, language!, pillars, edit, now);
        db.Mentions.Add(mention);
        db.Record(edit, now, AuditKind, mention.Id, null, null, Summary(mention));
        await SaveAsync(db, cancellationToken);
        return mention;
    }

    internal static Mention New(IReadOnlyList<Guid> brandIds, MentionInput input, string url, string language, List<Guid> pillars, EditContext edit, DateTimeOffset now) => new()
    {
        BrandIds = [.. brandIds.Distinct()],
        PublishedAt = input.PublishedAt.ToUniversalTime(),
        Outlet = input.Outlet.Trim(),
        Url = url,
        MarketCode = MarketCode.Normalize(input.Market),
        Language = language,
        Reach = input.Reach,
        Sentiment = input.Sentiment,
        FalseInformation = input.FalseInformation,
        PillarIds = pillars,
        Headline = input.Headline.Trim(),
        RecordedBy = edit.Actor,
        RecordedAt = now,
    };

    /// <summary>The values the audit log records.</summary>
    internal static object Summary(Mention m) =>
        new { m.BrandIds, m.PublishedAt, m.Outlet, m.Url, m.MarketCode, m.Language, m.Reach, Sentiment = m.Sentiment.ToConstantCase(), m.FalseInformation, m.PillarIds, m.Headline };

    /// <summary>Saves; a URL recorded by a concurrent request in the meantime is refused like one found before.</summary>
    internal static async Task SaveAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ValidationFailedException([new FieldProblem("url", MonitoringRules.MentionRecorded, "?")]);
        }
    }
}
