using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Clarifications;
using BrandContent.Markets;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace BrandContent.Api.GraphQL.Clarifications;

public static class ClarificationQueries
{
    public static void AddClarificationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ClarificationType>>>("clarifications")
            .Description("A brand's published clarifications, newest first, as a cursor connection: its own and other brands' that concern it. With `market`, those concerning that market, read in "
                + "its locale chain; a key limited to markets sees those concerning them. With `since`, only those published (or published again) in a "
                + "locale of the chain after that instant: poll with the time of your last call.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<DateTimeOffsetGraphType>("since", "Only clarifications published in the chain after this instant.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {ClarificationDelivery.MaxPageSize}.", a => a.DefaultValue = ClarificationDelivery.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();

                // Other brands' clarifications concerning this one show here: any brand's change may change the answer.
                ctx.Answer().CoversAll();
                var filter = new ClarificationFilter(
                    brand.Id,
                    chain,
                    ctx.GetArgument<string?>("market") is { } market ? MarketCode.Normalize(market) : null,
                    ctx.Caller().Markets,
                    ctx.GetArgument<DateTimeOffset?>("since"));
                var after = ctx.GetArgument<string?>("after") is { } cursor ? IdCursor.Decode(cursor) : null;
                var page = await delivery.Db.PageClarificationsAsync(
                    filter, ctx.GetArgument("first", ClarificationDelivery.DefaultPageSize), after, delivery.Now, ctx.CancellationToken,
                    countTotal: ctx.SubFields?.ContainsKey("totalCount") ?? true);
                return Connections.Of(page.Items, item => new IdCursor(item.Entity.Id).Encode(), page.HasNextPage, after is not null, page.TotalCount);
            });
    }
}
