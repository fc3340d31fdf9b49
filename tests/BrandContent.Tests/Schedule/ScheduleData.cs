using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Channels;
using BrandContent.Markets;
using BrandContent.Posts;
using BrandContent.Schedule;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Schedule;

/// <summary>
/// Test data for the schedule: markets of the test's own in three zones (Seoul without daylight saving, New York and
/// Paris with it), a channel of its own serving them, channel posts with variants, slots at any instant.
/// </summary>
public static class ScheduleData
{
    /// <summary>Korea: Korean, then English; no daylight saving.</summary>
    public const string Seoul = "SKR";

    /// <summary>The United States (east): English; daylight saving from the second Sunday of March.</summary>
    public const string NewYork = "SUS";

    /// <summary>France: French, then English; daylight saving from the last Sunday of March.</summary>
    public const string Paris = "SFR";

    private static readonly (string Code, string Zone, string[] Chain)[] Markets =
    [
        (Seoul, "Asia/Seoul", ["ko", "en"]),
        (NewYork, "America/New_York", ["en"]),
        (Paris, "Europe/Paris", ["fr", "en"]),
    ];

    public static async Task EnsureMarketsAsync(BrandContentApp app)
    {
        await using var db = app.OpenDb();
        foreach (var (code, zone, chain) in Markets)
        {
            if (!await db.Markets.AnyAsync(m => m.Code == code))
            {
                db.Markets.Add(new Market { Code = code, Names = new() { ["en"] = code }, LocaleChain = [.. chain], TimeZone = zone });
            }
        }

        await db.SaveChangesAsync();
    }

    public static Channel Channel(params string[] markets) =>
        new()
        {
            Code = $"t-{Guid.NewGuid():N}"[..14],
            Names = new() { ["en"] = "Test channel" },
            Kind = ChannelKind.Social,
            Markets = markets.Length == 0 ? [Seoul, NewYork, Paris] : [.. markets],
        };

    /// <summary>A post on the channel for the markets, with a variant per locale (text "post {name} {locale}").</summary>
    public static ChannelPost Post(Brand brand, Channel channel, string name, IReadOnlyList<Guid>? media = null, string[]? markets = null, params V[] locales)
    {
        var post = new ChannelPost { BrandId = brand.Id, Channels = [channel.Code], Markets = [.. markets ?? [Seoul, NewYork, Paris]] };
        post.Variants = (locales.Length == 0 ? [new V("vi")] : locales)
            .SelectMany(v => v.Rows(new ChannelPostVariant
            {
                PostId = post.Id,
                Text = $"post {name} {v.Locale}",
                Hashtags = ["test"],
                Link = "https://example.test/post",
                Media = [.. media ?? []],
            }))
            .ToList();
        return post;
    }

    /// <summary>A slot at an instant of our choosing (the past included, which schedulePost refuses), as the job would find it.</summary>
    public static PostSlot Slot(ChannelPost post, string channel, string market, DateTimeOffset dueAt, SlotState state = SlotState.Scheduled)
    {
        var zone = Markets.Single(m => m.Code == market).Zone;
        return new PostSlot
        {
            PostId = post.Id,
            BrandId = post.BrandId,
            Channel = channel,
            Market = market,
            TimeZone = zone,
            LocalTime = SlotTime.LocalAt(dueAt, zone),
            DueAt = dueAt.ToUniversalTime(),
            State = state,
            ScheduledBy = "test",
            ScheduledAt = DateTimeOffset.UtcNow,
        };
    }

    public static Asset Asset(Brand brand, DateTimeOffset? rightsExpireAt) => TestContent.Asset(brand, rightsExpireAt);

    public static async Task SeedAsync(BrandContentApp app, params object[] entities)
    {
        await EnsureMarketsAsync(app);
        await using var db = app.OpenDb();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>The second Sunday of March of a year: America/New_York moves its clocks from 02:00 to 03:00 that night.</summary>
    public static DateOnly UsSpringForward(int year)
    {
        var first = new DateOnly(year, 3, 1);
        var firstSunday = first.AddDays(((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7);
        return firstSunday.AddDays(7);
    }

    /// <summary>The first Sunday of November: America/New_York goes from 02:00 back to 01:00, so 01:30 happens twice.</summary>
    public static DateOnly UsFallBack(int year)
    {
        var first = new DateOnly(year, 11, 1);
        return first.AddDays(((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7);
    }
}
