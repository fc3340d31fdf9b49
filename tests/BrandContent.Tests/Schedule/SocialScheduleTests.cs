using BrandContent.Publishing;
using BrandContent.Schedule;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Schedule;

/// <summary>socialSchedule: each slot with its post in the market's chain; what cannot go out is listed under blocked with the reason.</summary>
public sealed class SocialScheduleTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private ScheduleCalls Calls => new(app.GraphQL());

    private static object Around(DateTimeOffset at) => new { from = at.AddDays(-1), to = at.AddDays(3) };

    [Fact]
    public async Task A_post_published_only_in_English_is_served_in_Korea_as_a_fallback()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "fallback", locales: [new V("vi", WorkflowStatus.Draft), "en", new V("ko", WorkflowStatus.InReview)]);
        var due = DateTimeOffset.UtcNow.AddDays(1);
        var slot = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, due);
        await ScheduleData.SeedAsync(app, brand, channel, post, slot);

        var feed = await Calls.FeedOkAsync(channel.Code, ScheduleData.Seoul, Around(due));

        var node = Assert.Single(feed.GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal("en", node.GetProperty("locale").GetString());
        Assert.True(node.GetProperty("isFallback").GetBoolean());
        Assert.Equal("post fallback en", node.GetProperty("headline").GetString());
        Assert.Equal("post fallback en", node.GetProperty("post").GetProperty("text").GetString());
        Assert.Equal(post.Id.ToString(), node.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(slot.Id.ToString(), node.GetProperty("slot").GetProperty("id").GetString());
        Assert.Empty(feed.GetProperty("blocked").EnumerateArray());
    }

    [Fact]
    public async Task A_slot_whose_post_has_no_published_variant_in_the_chain_is_listed_as_blocked()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var ready = ScheduleData.Post(brand, channel, "ready", locales: "ko");
        var drafts = ScheduleData.Post(brand, channel, "drafts", locales: [new V("ko", WorkflowStatus.Approved), new V("vi", WorkflowStatus.Draft)]);
        var later = ScheduleData.Post(brand, channel, "later", locales: new V("ko", PublishAt: DateTimeOffset.UtcNow.AddDays(10)));
        var due = DateTimeOffset.UtcNow.AddDays(1);
        await ScheduleData.SeedAsync(
            app, brand, channel, ready, drafts, later,
            ScheduleData.Slot(ready, channel.Code, ScheduleData.Seoul, due),
            ScheduleData.Slot(drafts, channel.Code, ScheduleData.Seoul, due.AddHours(1)),
            ScheduleData.Slot(later, channel.Code, ScheduleData.Seoul, due.AddHours(2)));

        var feed = await Calls.FeedOkAsync(channel.Code, ScheduleData.Seoul, Around(due));

        var node = Assert.Single(feed.GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal("ko", node.GetProperty("locale").GetString());
        Assert.False(node.GetProperty("isFallback").GetBoolean());
        var blocked = feed.GetProperty("blocked").EnumerateArray().ToList();
        Assert.Equal(2, blocked.Count);
        Assert.All(blocked, b => Assert.Equal("NO_PUBLISHED_VARIANT", b.GetProperty("reason").GetString()));
        Assert.Equal([drafts.Id.ToString(), later.Id.ToString()], blocked.Select(b => b.GetProperty("slot").GetProperty("postId").GetString()));
    }

    [Fact]
    public async Task Media_whose_rights_expire_before_a_slot_blocks_it_while_an_earlier_slot_still_gets_the_media()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var asset = ScheduleData.Asset(brand, DateTimeOffset.UtcNow.AddDays(1));
        var post = ScheduleData.Post(brand, channel, "media", [asset.Id], locales: "ko");
        var early = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, DateTimeOffset.UtcNow.AddHours(2));
        var late = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, DateTimeOffset.UtcNow.AddDays(2));
        await ScheduleData.SeedAsync(app, brand, asset, channel, post, early, late);

        var feed = await Calls.FeedOkAsync(channel.Code, ScheduleData.Seoul, new { from = DateTimeOffset.UtcNow, to = DateTimeOffset.UtcNow.AddDays(3) });

        var node = Assert.Single(feed.GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal(early.Id.ToString(), node.GetProperty("slot").GetProperty("id").GetString());
        Assert.Equal(asset.Url, Assert.Single(node.GetProperty("media").EnumerateArray()).GetProperty("url").GetString());
        var blocked = Assert.Single(feed.GetProperty("blocked").EnumerateArray());
        Assert.Equal(late.Id.ToString(), blocked.GetProperty("slot").GetProperty("id").GetString());
        Assert.Equal("MEDIA_RIGHTS_EXPIRED", blocked.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Archived_posts_and_cancelled_slots_are_handled_apart_blocked_and_left_out()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var archived = ScheduleData.Post(brand, channel, "archived", locales: "ko");
        archived.ArchivedAt = DateTimeOffset.UtcNow;
        var due = DateTimeOffset.UtcNow.AddDays(1);
        await ScheduleData.SeedAsync(
            app, brand, channel, archived,
            ScheduleData.Slot(archived, channel.Code, ScheduleData.Seoul, due),
            ScheduleData.Slot(archived, channel.Code, ScheduleData.Seoul, due.AddHours(1), SlotState.Cancelled));

        var feed = await Calls.FeedOkAsync(channel.Code, ScheduleData.Seoul, Around(due));

        Assert.Empty(feed.GetProperty("edges").EnumerateArray());
        Assert.Equal("POST_ARCHIVED", Assert.Single(feed.GetProperty("blocked").EnumerateArray()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Pages_follow_due_time_with_cursors_and_a_day_is_read_in_the_markets_zone()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "paged", locales: "en");
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5));
        // Seoul is UTC+9: its day runs from 15:00 UTC the day before to 15:00 UTC.
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));
        var slots = Enumerable.Range(0, 5).Select(i => ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, start.AddHours(i * 5))).ToList();
        await ScheduleData.SeedAsync(app, [brand, channel, post, .. slots, ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, start.AddDays(1))]);

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await Calls.FeedOkAsync(channel.Code, ScheduleData.Seoul, new { day = day.ToString("yyyy-MM-dd") }, first: 2, after: after);
            Assert.Equal(start, page.GetProperty("from").GetDateTimeOffset());
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("slot").GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(slots.Select(s => s.Id.ToString()), seen);
    }

    [Theory]
    [InlineData("2027-01-02T00:00:00Z", "2027-01-01T00:00:00Z", "INVALID_DATE_RANGE")]
    [InlineData("2027-01-01T00:00:00Z", "2027-01-01T00:00:00Z", "INVALID_DATE_RANGE")]
    [InlineData("2027-01-01T00:00:00Z", "2029-01-01T00:00:00Z", "WINDOW_TOO_LONG")]
    [InlineData("0001-01-01T00:00:00Z", "9999-12-31T00:00:00Z", "WINDOW_TOO_LONG")]
    public async Task Reversed_empty_and_over_long_windows_are_refused(string from, string to, string code)
    {
        var channel = ScheduleData.Channel();
        await ScheduleData.SeedAsync(app, channel);

        var response = await Calls.FeedAsync(channel.Code, ScheduleData.Seoul, new { from, to });

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task A_forged_cursor_a_missing_window_an_unknown_channel_and_a_huge_page_are_refused()
    {
        var channel = ScheduleData.Channel();
        await ScheduleData.SeedAsync(app, channel);
        var window = new { from = DateTimeOffset.UtcNow, to = DateTimeOffset.UtcNow.AddDays(1) };

        Assert.Equal(["INVALID_CURSOR"], (await Calls.FeedAsync(channel.Code, ScheduleData.Seoul, window, after: "not-a-cursor")).ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], (await Calls.FeedAsync(channel.Code, ScheduleData.Seoul, window, after: "OTk5OTk5OTk5OTk5OTk5OTk5OTk5fHh4")).ErrorCodes);
        Assert.Equal(["SCHEDULE_WINDOW_REQUIRED"], (await Calls.FeedAsync(channel.Code, ScheduleData.Seoul, new { })).ErrorCodes);
        Assert.Equal(["SCHEDULE_WINDOW_REQUIRED"], (await Calls.FeedAsync(channel.Code, ScheduleData.Seoul, new { window.from, window.to, day = "2027-01-01" })).ErrorCodes);
        Assert.Equal(["CHANNEL_NOT_FOUND"], (await Calls.FeedAsync("no-such-channel", ScheduleData.Seoul, window)).ErrorCodes);
        Assert.Equal(["MARKET_NOT_FOUND"], (await Calls.FeedAsync(channel.Code, "ZZ", window)).ErrorCodes);
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], (await Calls.FeedAsync(channel.Code, ScheduleData.Seoul, window, first: ScheduleFeed.MaxPageSize + 1)).ErrorCodes);
    }
}
