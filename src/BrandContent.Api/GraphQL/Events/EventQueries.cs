using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Events;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Events;

public static class EventQueries
{
    public static void AddEventQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("events")
            .Description("A brand's published events that overlap the window [from, to], soonest first.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<DateOnlyGraphType>("from", "Events still running on or after this day.")
            .Argument<DateOnlyGraphType>("to", "Events starting on or before this day.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                return await delivery.Db.ListEventsAsync(
                    brand.Id, ctx.GetArgument<DateOnly?>("from"), ctx.GetArgument<DateOnly?>("to"), chain, delivery.Now, ctx.CancellationToken);
            });
    }
}
