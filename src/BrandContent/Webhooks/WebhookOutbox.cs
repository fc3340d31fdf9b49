using System.Text.Json;
using BrandContent.Changes;
using BrandContent.Markets;
using BrandContent.Partners;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BrandContent.Webhooks;

/// <summary>
/// The transactional outbox: an event and its deliveries are written in the transaction of the change they report, so
/// a change that rolls back sends nothing and a change that commits is never lost. The commit also wakes the
/// dispatchers (a change-bus notice, <see cref="ChangeTags.Webhooks"/>).
/// </summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds an event of <paramref name="type"/> for every active subscription that asks for it, whose brand filter
    /// holds <paramref name="brandId"/> and whose market filter meets <paramref name="markets"/> (an event with no
    /// market reaches only subscriptions without a market filter); writes nothing when none does. The body is
    /// <c>{ "type", "timestamp", "data": payload }</c>. Runs in the caller's transaction when there is one.
    /// </summary>
    public static Task<int> EnqueueWebhookEventAsync(
        this BrandContentDb db, string type, Guid? brandId, IReadOnlyCollection<string> markets, object payload, CancellationToken cancellationToken) =>
        db.EnqueueWebhookEventAsync(type, brandId, markets, null, payload, cancellationToken);

    /// <summary>
    /// As above; a subscription confined to a partner agreement (<see cref="WebhookSubscription.AgreementId"/>) takes the
    /// event only while the agreement is in force, covers the brand and meets a market, and, when
    /// <paramref name="audiences"/> is given (the key message's), when the agreement's audiences reach them.
    /// </summary>
    public static async Task<int> EnqueueWebhookEventAsync(
        this BrandContentDb db, string type, Guid? brandId, IReadOnlyCollection<string> markets, IReadOnlyCollection<string>? audiences, object payload,
        CancellationToken cancellationToken)
    {
        if (!WebhookEventTypes.IsKnown(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not one of WebhookEventTypes.");
        }

        var now = db.Clock().GetUtcNow();
        var id = TimeOrderedId.New(now);
        var body = Body(type, now, payload);
        var codes = markets.Select(MarketCode.Normalize).Distinct().ToArray();
        var pending = nameof(WebhookDeliveryStatus.Pending);
        var active = nameof(AgreementStatus.Active);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var reached = audiences?.ToArray();
        var deliveries = await db.Database.ExecuteSqlAsync($"""
            WITH matching AS (
                SELECT s."Id" FROM "WebhookSubscriptions" s LEFT JOIN "Agreements" a ON a."Id" = s."AgreementId"
                WHERE s."Active" AND s."DisabledAt" IS NULL AND {type} = ANY(s."Events")
                  AND (cardinality(s."Brands") = 0 OR {brandId}::uuid = ANY(s."Brands"))
                  AND (cardinality(s."Markets") = 0 OR s."Markets" && {codes}::text[])
                  -- Partners/AgreementTerm.InForce (UTC days) and AudienceReach, in SQL: the agreement's reach.
                  AND (s."AgreementId" IS NULL OR (
                      a."Status" = {active} AND (a."StartsOn" IS NULL OR a."StartsOn" <= {today}) AND (a."EndsOn" IS NULL OR a."EndsOn" >= {today})
                      AND {brandId}::uuid = ANY(a."Brands")
                      AND (cardinality(a."Markets") = 0 OR a."Markets" && {codes}::text[])
                      AND ({reached}::text[] IS NULL OR cardinality(a."Audiences") = 0 OR cardinality({reached}::text[]) = 0 OR a."Audiences" && {reached}::text[])))
            ), event AS (
                INSERT INTO "WebhookEvents" ("Id", "Type", "BrandId", "Markets", "Payload", "CreatedAt")
                SELECT {id}, {type}, {brandId}::uuid, {codes}::text[], {body}::json, {now}
                WHERE EXISTS (SELECT 1 FROM matching)
                RETURNING "Id"
            )
            INSERT INTO "WebhookDeliveries" ("Id", "EventId", "SubscriptionId", "Status", "Attempts", "NextAttemptAt", "CreatedAt")
            SELECT gen_random_uuid(), event."Id", matching."Id", {pending}, 0, {now}, {now} FROM event, matching
            """, cancellationToken);
        if (deliveries > 0)
        {
            await db.AnnounceAsync([ChangeTags.Webhooks], cancellationToken);
        }

        return deliveries;
    }

    /// <summary>An event for one subscription only, whatever its filters (<c>test.ping</c>); saved at once.</summary>
    public static async Task<WebhookDelivery> EnqueueForAsync(
        this BrandContentDb db, WebhookSubscription subscription, string type, object payload, CancellationToken cancellationToken)
    {
        var now = db.Clock().GetUtcNow();
        var webhookEvent = new WebhookEvent { Id = TimeOrderedId.New(now), Type = type, Payload = Body(type, now, payload), CreatedAt = now };
        var delivery = new WebhookDelivery { EventId = webhookEvent.Id, SubscriptionId = subscription.Id, NextAttemptAt = now, CreatedAt = now };
        db.Add(webhookEvent);
        db.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceAsync([ChangeTags.Webhooks], cancellationToken);
        return delivery;
    }

    /// <summary>Whether any subscription would take an event of this type: callers skip building a payload otherwise.</summary>
    public static Task<bool> AnyWebhookForAsync(this BrandContentDb db, string type, CancellationToken cancellationToken) =>
        db.WebhookSubscriptions.AnyAsync(s => s.Active && s.DisabledAt == null && s.Events.Contains(type), cancellationToken);

    /// <summary>The application's clock (tests move it), reached through the context's service provider.</summary>
    internal static TimeProvider Clock(this BrandContentDb db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(TimeProvider)) as TimeProvider
        ?? TimeProvider.System;

    private static string Body(string type, DateTimeOffset now, object payload) =>
        JsonSerializer.Serialize(new { type, timestamp = now, data = payload }, Json);
}
