using System.Globalization;
using BrandContent.Markets;
using NodaTime;

namespace BrandContent.Reports;

/// <summary>
/// The calendar year a yearly report covers, as days in Việt Nam (the plans' dates are Vietnamese calendar dates) and
/// as the instants those days begin and end, for comparing with publication and mention times.
/// </summary>
public sealed record ReportPeriod(int Year, DateOnly FirstDay, DateOnly LastDay, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Reports start with the century: nothing of the product's data is older.</summary>
    public const int FirstYear = 2000;

    /// <summary>
    /// The period of <paramref name="year"/> as sent (a path segment or an argument), or REPORT_YEAR_INVALID: not a
    /// number, before <see cref="FirstYear"/> or after next year (the current year is judged in Việt Nam).
    /// </summary>
    public static ReportPeriod Of(string? year, DateTimeOffset now)
    {
        var latest = Today(now).Year + 1;
        var text = (year ?? "").Trim();
        if (text.Length is 0 or > 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < FirstYear || value > latest)
        {
            throw new BrandContentException(ErrorCode.ReportYearInvalid, text.Length > 12 ? text[..12] + "…" : text, FirstYear, latest);
        }

        var zone = DateTimeZoneProviders.Tzdb[MarketTimeZone.Default];
        var first = new DateOnly(value, 1, 1);
        var last = new DateOnly(value, 12, 31);
        return new ReportPeriod(value, first, last, StartOf(zone, first), StartOf(zone, last.AddDays(1)));
    }

    public static ReportPeriod Of(int year, DateTimeOffset now) => Of(year.ToString(CultureInfo.InvariantCulture), now);

    /// <summary>Today's date in Việt Nam.</summary>
    public static DateOnly Today(DateTimeOffset now)
    {
        var local = Instant.FromDateTimeOffset(now).InZone(DateTimeZoneProviders.Tzdb[MarketTimeZone.Default]).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }

    private static DateTimeOffset StartOf(DateTimeZone zone, DateOnly day) =>
        zone.AtStartOfDay(new LocalDate(day.Year, day.Month, day.Day)).ToDateTimeOffset().ToUniversalTime();
}
