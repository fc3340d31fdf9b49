using BrandContent.Schedule;

namespace BrandContent.Api.Studio.Pages.Review;

/// <summary>
/// A publishing time typed as a market's wall-clock time (<c>2026-12-01T09:00</c>, as a datetime-local input sends
/// it) turned into an instant in the market's zone by the schedule's own rule (<see cref="SlotTime"/>): a time the
/// clocks skip is refused, an ambiguous one is the earlier.
/// </summary>
public sealed record PublishMoment(DateTimeOffset? Instant, string? ProblemKey)
{
    public static PublishMoment Read(string? local, MarketZone market)
    {
        if (!SlotTime.TryParse(local, out var wallClock))
        {
            return new(null, "Review.PublishAt.Format");
        }

        return SlotTime.Resolve(wallClock, market.TimeZone) switch
        {
            { Outcome: SlotTimeOutcome.Resolved, Instant: { } instant } => new(instant, null),
            { Outcome: SlotTimeOutcome.Skipped } => new(null, "Review.PublishAt.Skipped"),
            _ => new(null, "Review.PublishAt.Zone"),
        };
    }
}
