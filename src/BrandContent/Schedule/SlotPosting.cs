using System.Globalization;
using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BrandContent.Schedule;

/// <summary>What a scheduler reports after posting a slot.</summary>
public sealed record PostedReport(Guid SlotId, string ExternalId, string Url, DateTimeOffset PostedAt);

/// <summary>
/// Records that a slot went out (markPosted). Idempotent: the same report again returns the one record; another
/// external id for a posted slot is refused. Only a due slot whose post the schedule would serve may be marked.
/// </summary>
public sealed class SlotPosting(BrandContentDb db, TimeProvider clock, IOptions<ScheduleOptions> options)
{
    /// <summary>How far before its due time a slot's postedAt may lie (a scheduler posting a little early).</summary>
    private static readonly TimeSpan EarliestBeforeDue = TimeSpan.FromDays(1);

    public async Task<Distribution> MarkPostedAsync(PostedReport report, ScheduleScope scope, EditContext edit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var slot = await db.PostSlots.FromSql($"""SELECT * FROM "PostSlots" WHERE "Id" = {report.SlotId} FOR UPDATE""")
            .AsTracking().FirstOrDefaultAsync(cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, "slot", report.SlotId);
        scope.Check(slot.BrandId, slot.Market);
        Check(report, slot, now);

        var existing = await db.Distributions.FirstOrDefaultAsync(d => d.SlotId == slot.Id, cancellationToken);
        if (existing is not null)
        {
            return existing.ExternalId == report.ExternalId.Trim()
                ? existing
                : throw new BrandContentException(ErrorCode.SlotAlreadyPosted, existing.ExternalId);
        }

        if (slot.State == SlotState.Cancelled)
        {
            throw new BrandContentException(ErrorCode.SlotCancelled, slot.Id);
        }

        if (slot.DueAt > now)
        {
            throw new BrandContentException(ErrorCode.SlotNotDue, slot.DueAt.ToString("O", CultureInfo.InvariantCulture));
        }

        var entry = (await db.ResolveSlotsAsync([slot], now, cancellationToken))[0];
        if (entry.Block is { } block)
        {
            throw new BrandContentException(ErrorCode.SlotBlocked, block.ToConstantCase());
        }

        var distribution = new Distribution
        {
            SlotId = slot.Id,
            PostId = slot.PostId,
            BrandId = slot.BrandId,
            Channel = slot.Channel,
            Market = slot.Market,
            Locale = entry.Served!.Locale,
            ExternalId = report.ExternalId.Trim(),
            Url = report.Url.Trim(),
            PostedAt = report.PostedAt.ToUniversalTime(),
            MarkedBy = edit.Actor,
            MarkedAt = now,
        };
        db.Distributions.Add(distribution);
        slot.State = SlotState.Posted;
        db.Record(edit, now, "Slot", slot.Id, distribution.Locale, null, new { distribution.ExternalId, distribution.Url, distribution.PostedAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Only reachable if the row lock above were bypassed; the record that won is the answer.
            throw new BrandContentException(ErrorCode.SlotAlreadyPosted, report.ExternalId);
        }

        return distribution;
    }

    private void Check(PostedReport report, PostSlot slot, DateTimeOffset now)
    {
        var problems = new List<FieldProblem>();
        problems.Text("externalId", report.ExternalId?.Trim(), Distribution.ExternalIdMaxLength);
        problems.Url("url", report.Url?.Trim(), Distribution.UrlMaxLength);
        // Ids and addresses are one line of printable text: a line break or escape in a report is an attack or a bug.
        problems.SingleLine("externalId", report.ExternalId);
        problems.SingleLine("url", report.Url);
        var latest = now + options.Value.PostedAtSkew;
        var earliest = slot.DueAt - EarliestBeforeDue;
        if (report.PostedAt > latest || report.PostedAt < earliest)
        {
            problems.Add(new FieldProblem("postedAt", ValidationRule.Range, earliest.ToString("O", CultureInfo.InvariantCulture), latest.ToString("O", CultureInfo.InvariantCulture), report.PostedAt.ToString("O", CultureInfo.InvariantCulture)));
        }

        ValidationFailedException.ThrowIfAny(problems);
    }
}
