using BrandContent.Markets;
using NodaTime;

namespace BrandContent.Plans;

/// <summary>
/// Plans' dates and deadlines are calendar days in Việt Nam: "today" is the day it is in Asia/Ho_Chi_Minh at the
/// instant the time provider gives, so a test can make it 06/11 (docs/architecture.md, "Plans, tasks and reporting").
/// </summary>
public static class PlanCalendar
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[MarketTimeZone.Default];

    public static DateOnly Today(DateTimeOffset now) =>
        Instant.FromDateTimeOffset(now).InZone(Zone).Date.ToDateOnly();

    public static DateOnly Today(TimeProvider clock) => Today(clock.GetUtcNow());

    /// <summary>The day a yearly deadline of <paramref name="day"/>/<paramref name="month"/> falls on in <paramref name="year"/> (29/02 is 28/02 outside leap years).</summary>
    public static DateOnly Deadline(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
