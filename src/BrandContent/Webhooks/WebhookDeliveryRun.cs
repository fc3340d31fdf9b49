using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Webhooks;

/// <summary>What a round did, and when the next delivery falls due (to sleep until then, not a whole poll interval).</summary>
public sealed record DeliveryRound(int Claimed, DateTimeOffset? NextDueAt);

/// <summary>
/// One round of the dispatcher: claims due deliveries with FOR UPDATE SKIP LOCKED and keeps them locked while it sends,
/// so with any number of processes exactly one sends each attempt; then logs every attempt, moves each delivery on
/// (delivered, next attempt on the schedule, or failed) and keeps each subscription's health, in the same transaction.
/// </summary>
public sealed class WebhookDeliveryRun(BrandContentDb db, WebhookSender sender, TimeProvider clock, IOptions<WebhookOptions> options)
{
    public async Task<DeliveryRound> RunDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var pending = nameof(WebhookDeliveryStatus.Pending);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.WebhookDeliveries
            .FromSql($"""
                SELECT d.* FROM "WebhookDeliveries" d
                JOIN "WebhookSubscriptions" s ON s."Id" = d."SubscriptionId"
                WHERE d."Status" = {pending} AND d."NextAttemptAt" <= {now} AND s."Active" AND s."DisabledAt" IS NULL
                ORDER BY d."NextAttemptAt" LIMIT {settings.BatchSize}
                FOR UPDATE OF d SKIP LOCKED
                """)
            .AsTracking()
            .ToListAsync(cancellationToken);
        if (due.Count > 0)
        {
            await SendAsync(due, settings, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var next = await db.WebhookDeliveries
            .Where(d => d.Status == WebhookDeliveryStatus.Pending)
            .MinAsync(d => d.NextAttemptAt, cancellationToken);
        return new DeliveryRound(due.Count, next);
    }

    private async Task SendAsync(List<WebhookDelivery> due, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var eventIds = due.Select(d => d.EventId).Distinct().ToList();
        var events = await db.WebhookEvents.Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var subscriptionIds = due.Select(d => d.SubscriptionId).Distinct().Order().ToList();
        var targets = await db.WebhookSubscriptions.Where(s => subscriptionIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => (s.Url, s.Secret), cancellationToken);

        var outcomes = new AttemptOutcome[due.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, due.Count),
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var (delivery, target, webhookEvent) = (due[i], targets[due[i].SubscriptionId], events[due[i].EventId]);
                outcomes[i] = await sender.SendAsync(delivery.Id, target.Url, target.Secret, webhookEvent.WebhookId, webhookEvent.Payload, token);
            });

        // The subscriptions' health rows are locked in id order, after the sends: processes never wait on each other long, nor in a cycle.
        var subscriptions = await db.WebhookSubscriptions
            .FromSql($"""SELECT * FROM "WebhookSubscriptions" WHERE "Id" = ANY({subscriptionIds}) ORDER BY "Id" FOR UPDATE""")
            .AsTracking()
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (delivery, outcome) in due.Zip(outcomes))
        {
            db.WebhookAttempts.Add(outcome.Attempt);
            WebhookSchedule.Record(delivery, outcome, now, settings);
            if (!outcome.NotSent && subscriptions.TryGetValue(delivery.SubscriptionId, out var subscription))
            {
                WebhookHealth.Record(subscription, outcome.Attempt, outcome.Delivered, now, settings.DisableAfter);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
