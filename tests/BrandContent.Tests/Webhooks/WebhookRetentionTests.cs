using BrandContent.Tests.Fixtures;
using BrandContent.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Webhooks;

/// <summary>The outbox does not grow without end: settled events past retention go, pending ones stay.</summary>
public sealed class WebhookRetentionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task Settled_events_past_retention_are_deleted_with_their_deliveries_and_attempts_and_pending_or_recent_ones_stay()
    {
        var client = app.GraphQL();
        var (webhook, _) = await client.CreateWebhookAsync("https://hooks.test/retention", ["test.ping"]);
        for (var i = 0; i < 4; i++)
        {
            await client.PingAsync(webhook);
        }

        var now = DateTimeOffset.UtcNow;
        Guid oldDelivered, oldFailed, oldPending, recentDelivered;
        var attempt = new WebhookAttempt { At = now.AddDays(-31), StatusCode = 204 };
        await using (var db = app.OpenDb())
        {
            var rows = await db.WebhookDeliveries.Where(d => d.SubscriptionId == webhook).OrderBy(d => d.Id).ToListAsync();
            Assert.Equal(4, rows.Count);
            (oldDelivered, oldFailed, oldPending, recentDelivered) = (rows[0].EventId, rows[1].EventId, rows[2].EventId, rows[3].EventId);
            await db.WebhookDeliveries.Where(d => d.EventId == oldDelivered || d.EventId == recentDelivered)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Delivered));
            await db.WebhookDeliveries.Where(d => d.EventId == oldFailed)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed));
            attempt.DeliveryId = rows[0].Id;
            db.WebhookAttempts.Add(attempt);
            await db.SaveChangesAsync();
            await db.WebhookEvents.Where(e => e.Id == oldDelivered || e.Id == oldFailed || e.Id == oldPending)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.CreatedAt, now.AddDays(-31)));
        }

        await using (var db = app.OpenDb())
        {
            Assert.True(await db.SweepWebhookEventsAsync(now, TimeSpan.FromDays(30), CancellationToken.None) >= 2);
            var left = await db.WebhookEvents.Where(e => new[] { oldDelivered, oldFailed, oldPending, recentDelivered }.Contains(e.Id)).Select(e => e.Id).ToListAsync();
            Assert.Equal(new[] { oldPending, recentDelivered }.Order(), left.Order());
            Assert.Equal(2, await db.WebhookDeliveries.CountAsync(d => d.SubscriptionId == webhook));
            Assert.False(await db.WebhookAttempts.AnyAsync(a => a.Id == attempt.Id));
            Assert.Equal(0, await db.SweepWebhookEventsAsync(now, TimeSpan.FromDays(30), CancellationToken.None));
        }

        Assert.Equal(2, (await client.DeliveriesAsync(webhook)).Count);
    }

    [Fact]
    public void A_retention_shorter_than_a_day_stops_the_server_naming_the_setting()
    {
        using var wrong = app.With(("BrandContent:Webhooks:RetainFor", "02:00:00"));
        var error = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
        Assert.Contains("BrandContent:Webhooks:RetainFor", error.ToString());
    }
}
