namespace BrandContent.Schedule;

/// <summary>The schedule feed's limits (section <c>BrandContent:Schedule</c>); the due job runs with the publishing scheduler's interval.</summary>
public sealed record ScheduleOptions
{
    public const string Section = "BrandContent:Schedule";

    /// <summary>The longest window socialSchedule and distributionLog answer for, in days.</summary>
    public int MaxWindowDays { get; init; } = 366;

    /// <summary>The iCalendar feed shows slots due from this many days ago…</summary>
    public int FeedDaysBack { get; init; } = 30;

    /// <summary>…to this many days ahead.</summary>
    public int FeedDaysAhead { get; init; } = 90;

    /// <summary>At most this many slots per iCalendar feed (the earliest in its window).</summary>
    public int FeedMaxEvents { get; init; } = 1000;

    /// <summary>How far in the future a scheduler's clock may put postedAt (clock skew between machines).</summary>
    public TimeSpan PostedAtSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>At most this many slots per post.</summary>
    public int MaxSlotsPerPost { get; init; } = 200;
}
