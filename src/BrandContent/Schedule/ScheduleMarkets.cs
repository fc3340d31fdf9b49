using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Schedule;

/// <summary>The channel and market a schedule is read for, looked up once with a clear error when unknown.</summary>
public static class ScheduleMarkets
{
    public static async Task<Market> GetScheduleMarketAsync(this BrandContentDb db, string code, CancellationToken cancellationToken) =>
        await db.Markets.Unarchived().FirstOrDefaultAsync(m => m.Code == MarketCode.Normalize(code), cancellationToken)
        ?? throw new BrandContentException(ErrorCode.MarketNotFound, code);

    public static async Task<Channel> GetScheduleChannelAsync(this BrandContentDb db, string code, CancellationToken cancellationToken) =>
        await db.Channels.Unarchived().FirstOrDefaultAsync(c => c.Code == ChannelCode.Normalize(code), cancellationToken)
        ?? throw new BrandContentException(ErrorCode.ChannelNotFound, code);

    /// <summary>The market's time zone, known to the time-zone database; a market without one cannot be scheduled by day.</summary>
    public static string ZoneOf(Market market) =>
        SlotTime.IsKnownZone(market.TimeZone) ? market.TimeZone : throw new BrandContentException(ErrorCode.MarketTimeZoneMissing, market.Code);
}
