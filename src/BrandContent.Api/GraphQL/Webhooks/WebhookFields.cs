using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Storage;
using BrandContent.Webhooks;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.Webhooks;

/// <summary>Webhook subscriptions and their deliveries (administrators; a scoped key sees the subscriptions inside its scope).</summary>
public static class WebhookFields
{
    public static void AddWebhookQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookType>>>>("webhooks")
            .Description("Every subscription, newest first, with its delivery health (last status, failures, disabled at and why).")
            .ResolveAsync(async ctx =>
            {
                var scope = ctx.WebhookScope();
                var all = await ctx.Delivery().Db.WebhookSubscriptions.OrderByDescending(s => s.CreatedAt).ToListAsync(ctx.CancellationToken);
                return await ctx.Delivery().Db.ViewsAsync(all.Where(scope.Covers).ToList(), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<WebhookDeliveryType>>>("webhookDeliveries")
            .Description("A subscription's deliveries, newest first, as a cursor connection.")
            .Argument<NonNullGraphType<UuidGraphType>>("webhookId")
            .Argument<WebhookDeliveryStatusType>("status", "Only deliveries in this state.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {WebhookDeliveryQueries.MaxPageSize}.", a => a.DefaultValue = WebhookDeliveryQueries.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var subscription = await db.FindWebhookAsync(ctx.GetArgument<Guid>("webhookId"), ctx.WebhookScope(), ctx.CancellationToken);
                var after = ctx.GetArgument<string?>("after") is { } cursor ? WebhookDeliveryCursor.Decode(cursor) : null;
                var page = await db.PageWebhookDeliveriesAsync(
                    subscription.Id, ctx.GetArgument<WebhookDeliveryStatus?>("status"), ctx.GetArgument("first", WebhookDeliveryQueries.DefaultPageSize), after, ctx.CancellationToken);
                return Connections.Of(page.Items, item => new WebhookDeliveryCursor(item.Delivery.CreatedAt, item.Delivery.Id).Encode(), page.HasNextPage, after is not null, page.TotalCount);
            });
    }

    public static void AddWebhookMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedWebhookType>>("createWebhook")
            .Description("Subscribes a URL to events; the answer holds the signing secret, shown this once.")
            .Argument<NonNullGraphType<WebhookInputType>>("input")
            .Resolve()
            .WithService<IOptions<WebhookOptions>>()
            .ResolveAsync(async (ctx, options) =>
            {
                var db = ctx.Delivery().Db;
                var created = await db.CreateWebhookAsync(
                    ctx.GetArgument<WebhookInput>("input"), ctx.WebhookScope(), options.Value, ctx.Edit("createWebhook"), ctx.Delivery().Now, ctx.CancellationToken);
                return new CreatedWebhookView((await db.ViewsAsync([created.Webhook], ctx.CancellationToken))[0], created.Secret);
            });
        mutation.Field<NonNullGraphType<WebhookType>>("updateWebhook")
            .Description("Replaces a subscription's URL, events and filters (active: true also lifts a disabling).")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<NonNullGraphType<WebhookInputType>>("input")
            .Resolve()
            .WithService<IOptions<WebhookOptions>>()
            .ResolveAsync(async (ctx, options) =>
            {
                var db = ctx.Delivery().Db;
                var subscription = await db.UpdateWebhookAsync(
                    ctx.GetArgument<Guid>("id"), ctx.GetArgument<WebhookInput>("input"), ctx.WebhookScope(), options.Value, ctx.Edit("updateWebhook"), ctx.Delivery().Now, ctx.CancellationToken);
                return (await db.ViewsAsync([subscription], ctx.CancellationToken))[0];
            });
        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteWebhook")
            .Description("Deletes a subscription with its deliveries and their log.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .ResolveAsync(async ctx => await ctx.Delivery().Db.DeleteWebhookAsync(
                ctx.GetArgument<Guid>("id"), ctx.WebhookScope(), ctx.Edit("deleteWebhook"), ctx.Delivery().Now, ctx.CancellationToken));
        mutation.Field<NonNullGraphType<CreatedWebhookType>>("rotateWebhookSecret")
            .Description("Replaces the signing secret; the new one is shown this once and signs from now on.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var rotated = await db.RotateWebhookSecretAsync(
                    ctx.GetArgument<Guid>("id"), ctx.WebhookScope(), ctx.Edit("rotateWebhookSecret"), ctx.Delivery().Now, ctx.CancellationToken);
                return new CreatedWebhookView((await db.ViewsAsync([rotated.Webhook], ctx.CancellationToken))[0], rotated.Secret);
            });
        mutation.Field<NonNullGraphType<WebhookDeliveryType>>("pingWebhook")
            .Description("Sends a test.ping event to the subscription now.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                return await db.DeliveryViewAsync(await db.PingWebhookAsync(ctx.GetArgument<Guid>("id"), ctx.WebhookScope(), ctx.CancellationToken), ctx.CancellationToken);
            });
        mutation.Field<NonNullGraphType<WebhookDeliveryType>>("redeliverWebhook")
            .Description("Sends a delivery's event again (same webhook-id), as a new delivery.")
            .Argument<NonNullGraphType<UuidGraphType>>("deliveryId")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var delivery = await db.RedeliverWebhookAsync(ctx.GetArgument<Guid>("deliveryId"), ctx.WebhookScope(), ctx.Delivery().Now, ctx.CancellationToken);
                return await db.DeliveryViewAsync(delivery, ctx.CancellationToken);
            });
    }

    private static WebhookScope WebhookScope(this IResolveFieldContext context)
    {
        var caller = context.Caller();
        return new WebhookScope(caller.BrandIds, caller.Markets);
    }

    private static async Task<List<WebhookView>> ViewsAsync(this BrandContentDb db, IReadOnlyList<WebhookSubscription> subscriptions, CancellationToken cancellationToken)
    {
        var ids = subscriptions.SelectMany(s => s.Brands).Distinct().ToList();
        var slugs = await db.Brands.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Slug, cancellationToken);
        return subscriptions.Select(s => new WebhookView(s, s.Brands.Where(slugs.ContainsKey).Select(id => slugs[id]).Order(StringComparer.Ordinal).ToList())).ToList();
    }
}
