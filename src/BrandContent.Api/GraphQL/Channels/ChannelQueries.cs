using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Markets;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Channels;

public static class ChannelQueries
{
    public static void AddChannelQueries(this ObjectGraphType query)
    {
        // Reference data read like markets: by every caller, not narrowed by a key's market scope (markets are not).
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelType>>>>("channels")
            .Description("Channels with their rules, by code.")
            .Argument<ChannelKindType>("kind", "Only channels of this kind.")
            .Argument<StringGraphType>("market", "Only channels serving this market code.")
            .Argument<BooleanGraphType>("includeArchived", a => a.DefaultValue = false)
            .ResolveAsync(async ctx =>
            {
                var channels = ctx.CoveringAll().Delivery().Db.Channels.AsQueryable();
                if (!ctx.GetArgument("includeArchived", false))
                {
                    channels = channels.Unarchived();
                }

                if (ctx.GetArgument<ChannelKind?>("kind") is { } kind)
                {
                    channels = channels.Where(c => c.Kind == kind);
                }

                if (ctx.GetArgument<string?>("market") is { } market)
                {
                    var code = MarketCode.Normalize(market);
                    channels = channels.Where(c => c.Markets.Contains(code));
                }

                return await channels.OrderBy(c => c.Code).ToListAsync(ctx.CancellationToken);
            });
        query.Field<ChannelType>("channel")
            .Description("One channel by code, archived or not; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async ctx =>
            {
                ctx.Answer().CoversAll();
                var code = ChannelCode.Normalize(ctx.GetArgument<string>("code"));
                return await ctx.Delivery().Db.Channels.FirstOrDefaultAsync(c => c.Code == code, ctx.CancellationToken);
            });
    }

    /// <summary>Codes of the unarchived channels serving a market: one statement for every market of the request.</summary>
    public static IDataLoaderResult<List<string>> ChannelsServing(this IResolveFieldContext context, string market)
    {
        var delivery = context.Delivery();
        return delivery.Load<string, ILookup<string, string>>("channels-by-market", "*", async (_, ct) =>
                new Dictionary<string, ILookup<string, string>>
                {
                    ["*"] = (await delivery.Db.Channels.Unarchived().OrderBy(c => c.Code).Select(c => new { c.Code, c.Markets }).ToListAsync(ct))
                        .SelectMany(c => c.Markets, (c, m) => (Market: m, c.Code))
                        .ToLookup(p => p.Market, p => p.Code),
                })
            .Then(byMarket => byMarket![market].ToList());
    }
}
