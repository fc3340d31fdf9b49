using System.Globalization;
using BrandContent.Markets;
using NodaTime;
using NodaTime.Text;

namespace BrandContent.Schedule;

/// <summary>How a wall-clock time of a market turned out in its zone: the instant, or why there is none.</summary>
public enum SlotTimeOutcome
{
    Resolved,

    /// <summary>The clocks jump over it (spring forward): the time never happens that day.</summary>
    Skipped,

    /// <summary>The zone id is not in the time-zone database.</summary>
    UnknownZone,
}

/// <summary>The instant a local time happens in a zone (<see cref="Instant"/> null unless <see cref="Outcome"/> is Resolved).</summary>
public sealed record SlotInstant(SlotTimeOutcome Outcome, DateTimeOffset? Instant, bool WasAmbiguous = false);

/// <summary>
/// Wall-clock times of a market's time zone (IANA, NodaTime's TZDB) turned into instants, with one rule each for the
/// two daylight-saving cases: a skipped time (spring forward) is refused, never shifted silently (an editor must
/// choose the slot's time); an ambiguous time
/// (fall back, the hour that happens twice) is the earlier of the two, the first time the clock shows it.
/// </summary>
public static class SlotTime
{
    /// <summary>What editors send: ISO 8601 without offset, seconds optional (<c>2026-12-01T09:00</c>).</summary>
    private static readonly LocalDateTimePattern[] Patterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
    ];

    /// <summary>How a slot's local time is written back: ISO 8601 without offset, to the minute or second.</summary>
    public static string Format(DateTime local) =>
        local.ToString(local.Second == 0 ? "yyyy'-'MM'-'dd'T'HH':'mm" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTime local)
    {
        local = default;
        foreach (var pattern in Patterns)
        {
            if (text is not null && pattern.Parse(text.Trim()) is { Success: true } parsed)
            {
                local = parsed.Value.ToDateTimeUnspecified();
                return true;
            }
        }

        return false;
    }

    public static bool IsKnownZone(string? zoneId) => MarketTimeZone.TryFind(zoneId, out _);

    public static SlotInstant Resolve(DateTime local, string zoneId)
    {
        if (!MarketTimeZone.TryFind(zoneId, out var zone))
        {
            return new SlotInstant(SlotTimeOutcome.UnknownZone, null);
        }

        var mapping = zone.MapLocal(LocalDateTime.FromDateTime(local));
        return mapping.Count switch
        {
            0 => new SlotInstant(SlotTimeOutcome.Skipped, null),
            // First is the mapping with the earlier instant (the offset before the clocks go back).
            _ => new SlotInstant(SlotTimeOutcome.Resolved, mapping.First().ToDateTimeOffset().ToUniversalTime(), mapping.Count > 1),
        };
    }

    /// <summary>The instant's wall-clock time in a zone (for windows like "tomorrow in the market").</summary>
    public static DateTime LocalAt(DateTimeOffset instant, string zoneId) =>
        Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[zoneId]).LocalDateTime.ToDateTimeUnspecified();
}
