using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Webhooks;

/// <summary>
/// Keeps the outbox from growing without end: events older than <see cref="WebhookOptions.RetainFor"/> whose
/// deliveries are all settled (delivered or failed for good) are deleted with their deliveries and attempt logs.
/// A pending delivery keeps its event however old it is. Batches are claimed <c>FOR UPDATE SKIP LOCKED</c>, so
/// processes sweeping at once never wait on each other, nor on a dispatcher holding a delivery.
/// </summary>
public static class WebhookRetention
{
    public const int BatchSize = 1_000;

    /// <summary>Deletes what is past retention, a batch at a time; returns how many events went.</summary>
    public static async Task<int> SweepWebhookEventsAsync(this BrandContentDb db, DateTimeOffset now, TimeSpan retainFor, CancellationToken cancellationToken)
    {
        var cutoff = now - retainFor;
        var pending = nameof(WebhookDeliveryStatus.Pending);
        var total = 0;
        int deleted;
        do
        {
            deleted = await db.Database.ExecuteSqlAsync($"""
                DELETE FROM "WebhookEvents" WHERE "Id" IN (
                    SELECT e."Id" FROM "WebhookEvents" e
                    WHERE e."CreatedAt" < {cutoff}
                      AND NOT EXISTS (SELECT 1 FROM "WebhookDeliveries" d WHERE d."EventId" = e."Id" AND d."Status" = {pending})
                    ORDER BY e."CreatedAt" LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED)
                """, cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize && !cancellationToken.IsCancellationRequested);

        return total;
    }
}
