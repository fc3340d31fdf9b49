using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Sync;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.Sync;

public static class SyncQueries
{
    public const int DefaultPageSize = 50;

    public static void AddSyncQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SyncPageType>>("sync")
            .Description("Delta sync for static sites and mirrors: without a token every live object page by page, with a token what changed since. "
                + "Give `market` (one object per entity, keyed (kind, id)) or `locales` (one object per entity and locale, keyed (kind, id, locale)).")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<StringGraphType>("market", "A market code: objects in the market's chain.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("locales", "Locales, each served in its own chain (the locale, then the brand's source locale).")
            .Argument<StringGraphType>("token", "The nextToken of the last page; none to start over.")
            .Argument<IntGraphType>("first", "How many entities a page covers (1-100); in a `locales` sync each comes once per locale.", a => a.DefaultValue = DefaultPageSize)
            .ResolveAsync(async ctx =>
            {
                // An answer depends on the token and on the moment (what the log holds): never kept by the response cache.
                ctx.Answer().ChangesWithTime();
                var caller = ctx.Caller();
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                ctx.Answer().Covers(brand);
                var market = ctx.GetArgument<string?>("market");
                if (caller.Markets.Count > 0 && market is null)
                {
                    // A market-scoped key syncs its markets' chains, and only the messages aimed at them.
                    throw new BrandContentException(ErrorCode.OutOfScope, "market", "*");
                }

                var options = ctx.RequestServices!.GetRequiredService<IOptions<SyncOptions>>().Value;
                var selection = await SyncSelection.ResolveAsync(delivery.Db, market, ctx.GetArgument<List<string>?>("locales"), options.MaxLocales, ctx.CancellationToken);
                var request = new SyncRequest(
                    brand, selection, new SyncAudience(caller.Can(Permission.ReadMessaging), selection.Market, caller.MessageAudiences), ctx.GetArgument<string?>("token"), ctx.GetArgument("first", DefaultPageSize));
                return await ctx.RequestServices!.GetRequiredService<ContentSync>().PageAsync(request, delivery.Now, ctx.CancellationToken);
            });
    }
}
