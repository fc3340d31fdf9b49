using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Schedule;

/// <summary>
/// Slots for the demo posts being loaded: on each of a post's channels, in each of its markets the channel serves,
/// tomorrow at 09:00 and the day after at 18:00 in the market's time zone, so a fresh server has a schedule to read.
/// </summary>
public static class DemoSlots
{
    private static readonly (int Days, TimeOnly At)[] Times = [(1, new TimeOnly(9, 0)), (2, new TimeOnly(18, 0))];

    public static async Task AddDemoSlotsAsync(this BrandContentDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posts = db.ChangeTracker.Entries<ChannelPost>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (posts.Count == 0)
        {
            return;
        }

        var channels = await db.Channels.ToDictionaryAsync(c => c.Code, c => c.Markets, cancellationToken);
        var zones = await db.Markets.ToDictionaryAsync(m => m.Code, m => m.TimeZone, cancellationToken);
        foreach (var post in posts)
        {
            foreach (var channel in post.Channels)
            {
                foreach (var market in post.Markets.Where(m => channels.GetValueOrDefault(channel)?.Contains(m) == true && zones.ContainsKey(m)))
                {
                    var today = DateOnly.FromDateTime(SlotTime.LocalAt(now, zones[market]));
                    foreach (var (days, at) in Times)
                    {
                        var local = today.AddDays(days).ToDateTime(at);
                        if (SlotTime.Resolve(local, zones[market]) is { Outcome: SlotTimeOutcome.Resolved, Instant: { } due })
                        {
                            db.PostSlots.Add(new PostSlot
                            {
                                PostId = post.Id,
                                BrandId = post.BrandId,
                                Channel = channel,
                                Market = market,
                                LocalTime = local,
                                TimeZone = zones[market],
                                DueAt = due,
                                State = SlotState.Scheduled,
                                ScheduledBy = "demo",
                                ScheduledAt = now,
                            });
                        }
                    }
                }
            }
        }
    }
}
