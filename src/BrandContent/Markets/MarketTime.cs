using NodaTime;

namespace BrandContent.Markets;

/// <summary>A market's wall-clock time and the instant it stands for.</summary>
public static class MarketTime
{
    /// <summary>
    /// The instant a local date-time in the market's zone stands for. A time skipped by a daylight-saving change moves
    /// forward by the gap; a time that happens twice is the earlier one (NodaTime's lenient resolver).
    /// </summary>
    public static Instant ToInstant(this Market market, LocalDateTime local) =>
        local.InZoneLeniently(Zone(market)).ToInstant();

    /// <summary>The market's wall-clock time at an instant.</summary>
    public static LocalDateTime ToLocal(this Market market, Instant instant) => instant.InZone(Zone(market)).LocalDateTime;

    private static DateTimeZone Zone(Market market) => MarketTimeZone.TryFind(market.TimeZone, out var zone)
        ? zone
        : throw new InvalidOperationException($"Market {market.Code} has the unknown time zone '{market.TimeZone}'.");
}
