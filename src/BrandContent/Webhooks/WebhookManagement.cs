using BrandContent.Auditing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Webhooks;

/// <summary>Subscriptions, as administrators manage them: checked, audited (never the secret), confined to their scope.</summary>
public static class WebhookManagement
{
    private const string AuditKind = "Webhook";

    public static async Task<CreatedWebhook> CreateWebhookAsync(
        this BrandContentDb db, WebhookInput input, WebhookScope scope, WebhookOptions options, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (brands, markets) = await db.ValidateAsync(input, scope, options.AllowPrivateTargets, cancellationToken);
        var subscription = new WebhookSubscription
        {
            Url = input.Url,
            Events = input.Events.Distinct().ToList(),
            Brands = brands,
            Markets = markets,
            AgreementId = input.AgreementId,
            Active = input.Active ?? true,
            Secret = WebhookSecret.New(),
            CreatedAt = now,
            CreatedBy = edit.Actor,
            UpdatedAt = now,
        };
        db.WebhookSubscriptions.Add(subscription);
        db.Record(edit, now, AuditKind, subscription.Id, null, null, Summary(subscription));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhook(subscription, subscription.Secret);
    }

    /// <summary>Replaces URL, events and filters; <c>active: true</c> also lifts a disabling, so deliveries resume.</summary>
    public static async Task<WebhookSubscription> UpdateWebhookAsync(
        this BrandContentDb db, Guid id, WebhookInput input, WebhookScope scope, WebhookOptions options, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = await db.FindWebhookAsync(id, scope, cancellationToken);
        var (brands, markets) = await db.ValidateAsync(input, scope, options.AllowPrivateTargets, cancellationToken);
        var before = Summary(subscription);
        (subscription.Url, subscription.Events, subscription.Brands, subscription.Markets) = (input.Url, input.Events.Distinct().ToList(), brands, markets);
        subscription.Active = input.Active ?? subscription.Active;
        subscription.AgreementId = input.AgreementId;
        if (input.Active == true)
        {
            (subscription.DisabledAt, subscription.DisabledReason, subscription.FailingSince, subscription.ConsecutiveFailures) = (null, null, null, 0);
        }

        subscription.UpdatedAt = now;
        db.Record(edit, now, AuditKind, id, null, before, Summary(subscription));
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceWebhooksAsync(cancellationToken);
        return subscription;
    }

    /// <summary>Deletes the subscription with its deliveries and their log.</summary>
    public static async Task<bool> DeleteWebhookAsync(
        this BrandContentDb db, Guid id, WebhookScope scope, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = await db.FindWebhookAsync(id, scope, cancellationToken);
        db.WebhookSubscriptions.Remove(subscription);
        db.Record(edit, now, AuditKind, id, null, Summary(subscription), null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A new secret, shown in this answer only; the old one stops signing at once.</summary>
    public static async Task<CreatedWebhook> RotateWebhookSecretAsync(
        this BrandContentDb db, Guid id, WebhookScope scope, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = await db.FindWebhookAsync(id, scope, cancellationToken);
        subscription.Secret = WebhookSecret.New();
        subscription.UpdatedAt = now;
        db.Record(edit, now, AuditKind, id, null, null, new { secretRotated = true });
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhook(subscription, subscription.Secret);
    }

    /// <summary>Queues <c>test.ping</c> for this subscription, whatever events it asked for.</summary>
    public static async Task<WebhookDelivery> PingWebhookAsync(
        this BrandContentDb db, Guid id, WebhookScope scope, CancellationToken cancellationToken)
    {
        var subscription = await db.FindWebhookAsync(id, scope, cancellationToken);
        RequireSending(subscription);
        return await db.EnqueueForAsync(subscription, WebhookEventTypes.TestPing, new { webhook = subscription.Id }, cancellationToken);
    }

    /// <summary>Sends a delivery's event again, as a new delivery with the same <c>webhook-id</c>.</summary>
    public static async Task<WebhookDelivery> RedeliverWebhookAsync(
        this BrandContentDb db, Guid deliveryId, WebhookScope scope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var original = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, "WebhookDelivery", deliveryId);
        var subscription = await db.FindWebhookAsync(original.SubscriptionId, scope, cancellationToken);
        RequireSending(subscription);
        var delivery = new WebhookDelivery { EventId = original.EventId, SubscriptionId = subscription.Id, NextAttemptAt = now, CreatedAt = now };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceWebhooksAsync(cancellationToken);
        return delivery;
    }

    /// <summary>The subscription, tracked; NOT_FOUND when it does not exist or lies outside the caller's scope.</summary>
    public static async Task<WebhookSubscription> FindWebhookAsync(this BrandContentDb db, Guid id, WebhookScope scope, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.AsTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return subscription is not null && scope.Covers(subscription) ? subscription : throw new BrandContentException(ErrorCode.NotFound, AuditKind, id);
    }

    private static void RequireSending(WebhookSubscription subscription)
    {
        if (!subscription.Sends)
        {
            throw new BrandContentException(ErrorCode.WebhookInactive, subscription.Id);
        }
    }

    private static Task AnnounceWebhooksAsync(this BrandContentDb db, CancellationToken cancellationToken) =>
        Changes.ChangeAnnouncements.AnnounceAsync(db, [Changes.ChangeTags.Webhooks], cancellationToken);

    private static object Summary(WebhookSubscription s) => new { s.Url, s.Events, s.Brands, s.Markets, s.Active, s.AgreementId };
}
