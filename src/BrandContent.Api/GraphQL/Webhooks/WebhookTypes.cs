using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Webhooks;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Webhooks;

/// <summary>A subscription as administrators see it: brands by slug, never its secret.</summary>
public sealed record WebhookView(WebhookSubscription Subscription, IReadOnlyList<string> BrandSlugs);

public sealed record CreatedWebhookView(WebhookView Webhook, string Secret);

public sealed class WebhookType : ObjectGraphType<WebhookView>
{
    public WebhookType()
    {
        Name = "Webhook";
        Description = "A webhook subscription with its delivery health. Its signing secret is shown only by createWebhook and rotateWebhookSecret.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Subscription.Id);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(ctx => ctx.Source.Subscription.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events").Resolve(ctx => ctx.Source.Subscription.Events);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("brands").Description("Brand slugs; empty = every brand.").Resolve(ctx => ctx.Source.BrandSlugs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets").Description("Market codes; empty = every market.").Resolve(ctx => ctx.Source.Subscription.Markets);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("The administrator's switch.").Resolve(ctx => ctx.Source.Subscription.Active);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.Subscription.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Resolve(ctx => ctx.Source.Subscription.CreatedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(ctx => ctx.Source.Subscription.UpdatedAt);
        Field<DateTimeOffsetGraphType>("disabledAt").Description("Set when every delivery failed for the disable period (3 days); updateWebhook with active: true lifts it.")
            .Resolve(ctx => ctx.Source.Subscription.DisabledAt);
        Field<StringGraphType>("disabledReason").Resolve(ctx => ctx.Source.Subscription.DisabledReason);
        Field<IntGraphType>("lastStatus").Description("The HTTP status of the last attempt; null when no answer came.").Resolve(ctx => ctx.Source.Subscription.LastStatus);
        Field<StringGraphType>("lastError").Description("Why the last attempt failed (HTTP_STATUS, TIMEOUT, CONNECTION_REFUSED, TARGET_FORBIDDEN…); null after a success.")
            .Resolve(ctx => ctx.Source.Subscription.LastError);
        Field<DateTimeOffsetGraphType>("lastAttemptAt").Resolve(ctx => ctx.Source.Subscription.LastAttemptAt);
        Field<DateTimeOffsetGraphType>("failingSince").Description("The first failed attempt since the last success.").Resolve(ctx => ctx.Source.Subscription.FailingSince);
        Field<NonNullGraphType<IntGraphType>>("consecutiveFailures").Resolve(ctx => ctx.Source.Subscription.ConsecutiveFailures);
        Field<UuidGraphType>("agreementId").Description("The partner agreement the subscription is confined to; null = none.").Resolve(ctx => ctx.Source.Subscription.AgreementId);
    }
}

public sealed class CreatedWebhookType : ObjectGraphType<CreatedWebhookView>
{
    public CreatedWebhookType()
    {
        Name = "CreatedWebhook";
        Field<NonNullGraphType<WebhookType>>("webhook").Resolve(ctx => ctx.Source.Webhook);
        Field<NonNullGraphType<StringGraphType>>("secret")
            .Description("The Standard Webhooks signing secret (whsec_…), shown this once: verify webhook-signature with it.")
            .Resolve(ctx => ctx.Source.Secret);
    }
}

public sealed class WebhookInputType : InputObjectGraphType<WebhookInput>
{
    public WebhookInputType()
    {
        Name = "WebhookInput";
        Field<NonNullGraphType<StringGraphType>>("url").Description($"Absolute https URL, at most {WebhookUrl.MaxLength} characters, no user name or password, not a private address.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events").Description($"Event types: {string.Join(", ", WebhookEventTypes.All)}.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("brands").Description("Brand slugs; none = every brand.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Market codes; none = every market.");
        Field<BooleanGraphType>("active").Description("Default true on creation; unchanged on update when left out. true also lifts a disabling.");
        Field<UuidGraphType>("agreementId")
            .Description("Confine the subscription to a partner agreement (it must exist): only events of its brands, markets and (messaging.changed) "
                + "audiences, and only while it is in force. Left out = none (also on update).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new WebhookInput(
        (string)value["url"]!,
        Strings(value, "events") ?? [],
        Strings(value, "brands"),
        Strings(value, "markets"),
        value.TryGetValue("active", out var active) ? (bool?)active : null,
        value.TryGetValue("agreementId", out var agreement) ? (Guid?)agreement : null);

    private static List<string>? Strings(IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var list) && list is IEnumerable<object?> items ? items.Cast<string>().ToList() : null;
}

public sealed class WebhookDeliveryStatusType : EnumerationGraphType<WebhookDeliveryStatus>
{
    public WebhookDeliveryStatusType()
    {
        Name = "WebhookDeliveryStatus";
        Description = "PENDING (waiting for its next attempt), DELIVERED (answered 2xx), FAILED (the retry schedule ran out).";
    }
}

public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDeliveryView>
{
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One event for one subscription, with every attempt.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Delivery.Id);
        Field<NonNullGraphType<StringGraphType>>("webhookId").Description("The webhook-id header: the same on every attempt and redelivery.").Resolve(ctx => ctx.Source.Event.WebhookId);
        Field<NonNullGraphType<StringGraphType>>("eventType").Resolve(ctx => ctx.Source.Event.Type);
        Field<NonNullGraphType<StringGraphType>>("payload").Description("The body as sent (JSON).").Resolve(ctx => ctx.Source.Event.Payload);
        Field<NonNullGraphType<WebhookDeliveryStatusType>>("status").Resolve(ctx => ctx.Source.Delivery.Status);
        Field<NonNullGraphType<IntGraphType>>("attempts").Resolve(ctx => ctx.Source.Delivery.Attempts);
        Field<DateTimeOffsetGraphType>("nextAttemptAt").Resolve(ctx => ctx.Source.Delivery.NextAttemptAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.Delivery.CreatedAt);
        Field<DateTimeOffsetGraphType>("deliveredAt").Resolve(ctx => ctx.Source.Delivery.DeliveredAt);
        Field<IntGraphType>("lastStatusCode").Resolve(ctx => ctx.Source.Delivery.LastStatusCode);
        Field<StringGraphType>("lastError").Resolve(ctx => ctx.Source.Delivery.LastError);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookAttemptType>>>>("attemptLog")
            .Description("Every attempt, oldest first.")
            .Resolve(ctx => ctx.Delivery().Load<Guid, List<WebhookAttempt>>(
                "webhookAttempts", ctx.Source.Delivery.Id, (ids, token) => ctx.Delivery().Db.AttemptsOfDeliveriesAsync(ids, token))
                .Then(attempts => (IEnumerable<WebhookAttempt>)(attempts ?? [])));
    }
}

public sealed class WebhookAttemptType : ObjectGraphType<WebhookAttempt>
{
    public WebhookAttemptType()
    {
        Name = "WebhookAttempt";
        Description = "One HTTP attempt: status or error, duration, and the start of the answer (at most 1 KB, control characters replaced).";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field(a => a.DurationMs);
        Field(a => a.StatusCode, nullable: true);
        Field(a => a.ErrorKind, nullable: true);
        Field(a => a.ResponseExcerpt, nullable: true);
    }
}
