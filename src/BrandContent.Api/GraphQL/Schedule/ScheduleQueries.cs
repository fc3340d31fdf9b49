using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Channels;
using BrandContent.Markets;
using BrandContent.Schedule;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.Schedule;

public static class ScheduleQueries
{
    public static void AddScheduleQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SocialScheduleType>>("socialSchedule")
            .Description("""
                The slots of a channel and market due in a window, by due time, each with its post in the market's locale
                chain; slots that cannot go out are listed under `blocked` with the reason. The window is either `from`/`to`
                (instants; give them with an offset, e.g. 2026-12-02T00:00:00+09:00) or `day`, one calendar day in the
                market's time zone. Never cached: what is due depends on the time.
                """)
            .Argument<NonNullGraphType<StringGraphType>>("channel", "Channel code.")
            .Argument<NonNullGraphType<StringGraphType>>("market", "Market code.")
            .Argument<StringGraphType>("brand", "Only this brand's posts (brand slug); a brand-scoped key sees only its brands anyway.")
            .Argument<DateTimeOffsetGraphType>("from", "Slots due at or after this instant.")
            .Argument<DateTimeOffsetGraphType>("to", "Slots due before this instant.")
            .Argument<DateOnlyGraphType>("day", "Instead of from/to: this day, midnight to midnight in the market's time zone.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {ScheduleFeed.MaxPageSize}.", a => a.DefaultValue = ScheduleFeed.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var channel = ChannelCode.Normalize(ctx.GetArgument<string>("channel"));
                var market = await delivery.Db.GetScheduleMarketAsync(ctx.GetArgument<string>("market"), ctx.CancellationToken);
                await delivery.Db.GetScheduleChannelAsync(channel, ctx.CancellationToken);
                var brands = ctx.Caller().Brands;
                if (ctx.GetArgument<string?>("brand") is { } slug)
                {
                    brands = BrandSelection.Only((await delivery.Db.GetBrandAsync(slug, ctx.CancellationToken)).Id);
                }

                var window = Window(ctx, market);
                var after = ctx.GetArgument<string?>("after") is { } cursor ? SlotCursor.Decode(cursor) : null;
                var page = await delivery.Db.PageScheduleAsync(
                    channel, market.Code, brands, window, ctx.GetArgument("first", ScheduleFeed.DefaultPageSize), after, delivery.Now, ctx.CancellationToken);
                var last = page.Entries.LastOrDefault();
                return new SocialScheduleAnswer(
                    window,
                    page.Entries.Where(e => !e.IsBlocked).Select(e => new ScheduleEdge(Cursor(e.Slot), e)).ToList(),
                    page.Entries.Where(e => e.IsBlocked).ToList(),
                    page.HasNextPage,
                    after is not null,
                    last is null ? null : Cursor(last.Slot));
            });

        query.Field<NonNullGraphType<ConnectionType<DistributionType>>>("distributionLog")
            .Description("What was sent where: the slots schedulers reported posted, newest first.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<StringGraphType>("channel", "Only this channel.")
            .Argument<StringGraphType>("market", "Only this market; a market-scoped key sees only its markets anyway.")
            .Argument<DateTimeOffsetGraphType>("from", "Posted at or after this instant.")
            .Argument<DateTimeOffsetGraphType>("to", "Posted before this instant.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {DistributionLog.MaxPageSize}.", a => a.DefaultValue = DistributionLog.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                var (from, to) = (ctx.GetArgument<DateTimeOffset?>("from"), ctx.GetArgument<DateTimeOffset?>("to"));
                var maxDays = ctx.RequestServices!.GetRequiredService<IOptions<ScheduleOptions>>().Value.MaxWindowDays;
                var window = from is null && to is null
                    ? null
                    : ScheduleWindow.Of(from ?? (to!.Value - TimeSpan.FromDays(maxDays)), to ?? (from!.Value + TimeSpan.FromDays(maxDays)), maxDays);
                var filter = new DistributionFilter(
                    brand.Id,
                    ctx.GetArgument<string?>("channel") is { } channel ? ChannelCode.Normalize(channel) : null,
                    ctx.GetArgument<string?>("market") is { } market ? MarketCode.Normalize(market) : null,
                    ctx.Caller().Markets,
                    window);
                var after = ctx.GetArgument<string?>("after") is { } cursor ? SlotCursor.Decode(cursor) : null;
                var page = await delivery.Db.PageDistributionsAsync(filter, ctx.GetArgument("first", DistributionLog.DefaultPageSize), after, ctx.CancellationToken);
                return Connections.Of(page.Items, d => new SlotCursor(d.PostedAt, d.Id).Encode(), page.HasNextPage, after is not null);
            });
    }

    private static string Cursor(PostSlot slot) => new SlotCursor(slot.DueAt, slot.Id).Encode();

    private static ScheduleWindow Window(IResolveFieldContext ctx, Market market)
    {
        var maxDays = ctx.RequestServices!.GetRequiredService<IOptions<ScheduleOptions>>().Value.MaxWindowDays;
        var (from, to, day) = (ctx.GetArgument<DateTimeOffset?>("from"), ctx.GetArgument<DateTimeOffset?>("to"), ctx.GetArgument<DateOnly?>("day"));
        return (from, to, day) switch
        {
            (null, null, { } d) => ScheduleWindow.Day(d, ScheduleMarkets.ZoneOf(market)),
            ({ } f, { } t, null) => ScheduleWindow.Of(f, t, maxDays),
            _ => throw new BrandContentException(ErrorCode.ScheduleWindowRequired),
        };
    }
}
