using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Pillars;
using BrandContent.Stories;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace BrandContent.Api.GraphQL.Stories;

public static class StoryQueries
{
    public static void AddStoryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<StoryType>>>("stories")
            .Description("A brand's published stories, newest first, as a cursor connection.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<StringGraphType>("pillar", "Only stories tagged with this pillar key.")
            .Argument<StringGraphType>("tag", "Only stories with this tag.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {StoryDelivery.MaxPageSize}.", a => a.DefaultValue = StoryDelivery.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                var pillar = ctx.GetArgument<string?>("pillar");
                var filter = new StoryFilter(
                    brand.Id,
                    chain,
                    pillar is null ? null : await delivery.Db.GetPillarIdAsync(brand.Id, pillar, ctx.CancellationToken),
                    ctx.GetArgument<string?>("tag") is { } tag ? StoryTag.Normalize(tag) : null);
                var after = ctx.GetArgument<string?>("after") is { } cursor ? StoryCursor.Decode(cursor) : null;
                var page = await delivery.Db.PageStoriesAsync(
                    filter, ctx.GetArgument("first", StoryDelivery.DefaultPageSize), after, delivery.Now, ctx.CancellationToken,
                    countTotal: ctx.SubFields?.ContainsKey("totalCount") ?? true);
                return Connections.Of(page.Items, item => new StoryCursor(item.Entity.Date, item.Entity.Id).Encode(), page.HasNextPage, after is not null, page.TotalCount);
            });

        query.Field<StoryType>("story")
            .Description("One published story by its slug in any locale, served in the locale chain; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                return await delivery.Db.FindStoryBySlugAsync(brand.Id, ctx.GetArgument<string>("slug"), chain, delivery.Now, ctx.CancellationToken);
            });
    }
}
