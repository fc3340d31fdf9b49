using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Posts;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Posts;

public static class ChannelPostQueries
{
    public static void AddChannelPostQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ChannelPostType>>>("channelPosts")
            .Description("A brand's published channel posts, newest first, as a cursor connection. With `market`, only the posts for that market, "
                + "read in its locale chain; a key limited to markets sees the posts for them.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<UuidGraphType>("campaign", "Only the posts of this campaign.")
            .Argument<StringGraphType>("channel", "Only the posts for this channel code.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {ChannelPostDelivery.MaxPageSize}.", a => a.DefaultValue = ChannelPostDelivery.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                var filter = new ChannelPostFilter(
                    brand.Id,
                    chain,
                    ctx.GetArgument<Guid?>("campaign"),
                    ctx.GetArgument<string?>("channel") is { } channel ? ChannelCode.Normalize(channel) : null,
                    ctx.GetArgument<string?>("market") is { } market ? MarketCode.Normalize(market) : null,
                    ctx.Caller().Markets);
                var after = ctx.GetArgument<string?>("after") is { } cursor ? IdCursor.Decode(cursor) : null;
                var page = await delivery.Db.PageChannelPostsAsync(
                    filter, ctx.GetArgument("first", ChannelPostDelivery.DefaultPageSize), after, delivery.Now, ctx.CancellationToken,
                    countTotal: ctx.SubFields?.ContainsKey("totalCount") ?? true);
                return Connections.Of(page.Items, item => new IdCursor(item.Entity.Id).Encode(), page.HasNextPage, after is not null, page.TotalCount);
            });

        query.Field<ChannelPostType>("channelPost")
            .Description("One published channel post by id, served in the locale chain; null when it has nothing published there or is not for the key's markets.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var caller = ctx.Caller();
                var post = await delivery.Db.ChannelPosts.Unarchived().FirstOrDefaultAsync(p => p.Id == ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
                if (post is null || (caller.Markets.Count > 0 && !post.Markets.Any(caller.InMarkets))
                    || await ctx.BrandByIdInChainAsync(post.BrandId) is not { } found)
                {
                    return null;
                }

                return await delivery.Db.FindChannelPostAsync(post.Id, found.Chain, delivery.Now, ctx.CancellationToken);
            });
    }
}
