using BrandContent.Markets;
using NodaTime;

namespace BrandContent.Kpis;

/// <summary>
/// A calendar year as the plans count it, in Việt Nam's time (<see cref="MarketTimeZone.Default"/>): its months as
/// instants, and how much of it has gone by at a given moment (1 for a past year, 0 for a future one).
/// </summary>
public sealed record KpiYear(int Year, IReadOnlyList<DateTimeOffset> MonthStarts, DateTimeOffset End, decimal Elapsed, int MonthsStarted)
{
    public DateTimeOffset Start => MonthStarts[0];

    public bool IsPast => Elapsed >= 1m;

    public static KpiYear Of(int year, DateTimeOffset now)
    {
        var zone = DateTimeZoneProviders.Tzdb[MarketTimeZone.Default];
        DateTimeOffset At(int y, int month) => new LocalDate(y, month, 1).AtStartOfDayInZone(zone).ToDateTimeOffset().ToUniversalTime();
        var starts = Enumerable.Range(1, 12).Select(m => At(year, m)).ToList();
        var end = At(year + 1, 1);
        var elapsed = now >= end ? 1m : now <= starts[0] ? 0m : (decimal)((now - starts[0]) / (end - starts[0]));
        return new KpiYear(year, starts, end, elapsed, starts.Count(s => s <= now));
    }

    /// <summary>The month (1-12) an instant of the year falls in.</summary>
    public int MonthOf(DateTimeOffset at)
    {
        var month = 12;
        while (month > 1 && at < MonthStarts[month - 1])
        {
            month--;
        }

        return month;
    }

    /// <summary>The months' values, null for months that have not begun.</summary>
    public IReadOnlyList<KpiPoint> Series(Func<int, decimal?> valueOfMonth) =>
        [.. Enumerable.Range(1, 12).Select(m => new KpiPoint(m, m <= MonthsStarted ? valueOfMonth(m) : null))];
}
