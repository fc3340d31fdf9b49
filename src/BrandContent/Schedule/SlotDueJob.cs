using System.Globalization;
using BrandContent.Storage;
using BrandContent.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Schedule;

/// <summary>
/// Marks slots due when their instant arrives, each once: due rows are claimed with FOR UPDATE SKIP LOCKED in one
/// transaction (as <see cref="Publishing.PublishScheduler"/> does), so several server processes never mark a slot
/// twice, and the slot.due event written in that transaction goes out once.
/// </summary>
public sealed class SlotDueJob(BrandContentDb db, TimeProvider clock)
{
    private const int BatchSize = 100;

    /// <summary>Marks what is due now; returns how many slots were marked.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.PostSlots
            .FromSql($"""
                SELECT * FROM "PostSlots"
                WHERE "State" = 'Scheduled' AND "DueAt" <= {now}
                ORDER BY "DueAt" LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .AsTracking()
            .ToListAsync(cancellationToken);
        var brandIds = due.Select(s => s.BrandId).Distinct().ToList();
        var slugs = await db.Brands.Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Slug, cancellationToken);
        foreach (var slot in due)
        {
            slot.State = SlotState.Due;
            slot.DueMarkedAt = now;
            await AnnounceDueAsync(slot, slugs.GetValueOrDefault(slot.BrandId, ""), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// Tells subscribers the slot is due: a <c>slot.due</c> webhook event written in this transaction, so it goes out
    /// exactly when the state change commits. Ids and times only: a receiver reads the post through socialSchedule.
    /// </summary>
    private Task AnnounceDueAsync(PostSlot slot, string brand, CancellationToken cancellationToken) =>
        db.EnqueueWebhookEventAsync(
            WebhookEventTypes.SlotDue,
            slot.BrandId,
            [slot.Market],
            new
            {
                slot = slot.Id,
                post = slot.PostId,
                brand,
                channel = slot.Channel,
                market = slot.Market,
                localTime = slot.LocalTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                timeZone = slot.TimeZone,
                dueAt = slot.DueAt,
            },
            cancellationToken);
}
