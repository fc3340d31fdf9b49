using NodaTime;

namespace BrandContent.Schedule;

/// <summary>A half-open window of instants [From, To), checked once: From before To, at most a bounded number of days.</summary>
public sealed record ScheduleWindow(DateTimeOffset From, DateTimeOffset To)
{
    public static ScheduleWindow Of(DateTimeOffset from, DateTimeOffset to, int maxDays)
    {
        if (to <= from)
        {
            throw new BrandContentException(ErrorCode.InvalidDateRange, from, to);
        }

        if (to - from > TimeSpan.FromDays(maxDays))
        {
            throw new BrandContentException(ErrorCode.WindowTooLong, maxDays);
        }

        return new ScheduleWindow(from.ToUniversalTime(), to.ToUniversalTime());
    }

    /// <summary>One calendar day of a zone, midnight to midnight (23 or 25 hours on a daylight-saving day).</summary>
    public static ScheduleWindow Day(DateOnly day, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var date = LocalDate.FromDateOnly(day);
        return new ScheduleWindow(
            zone.AtStartOfDay(date).ToDateTimeOffset().ToUniversalTime(),
            zone.AtStartOfDay(date.PlusDays(1)).ToDateTimeOffset().ToUniversalTime());
    }
}
