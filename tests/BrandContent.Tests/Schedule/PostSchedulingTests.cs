using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Schedule;

/// <summary>schedulePost: wall-clock times of each market's zone become instants, daylight saving included; bad slots are refused.</summary>
public sealed class PostSchedulingTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly int Year = DateTime.UtcNow.Year + 1;

    private ScheduleCalls Calls => new(app.GraphQL());

    private async Task<(BrandContent.Channels.Channel Channel, Guid Post)> PostAsync()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "tz", locales: "vi");
        await ScheduleData.SeedAsync(app, brand, channel, post);
        return (channel, post.Id);
    }

    [Fact]
    public async Task Nine_in_the_morning_in_Seoul_is_midnight_UTC()
    {
        var (channel, post) = await PostAsync();

        var slot = Assert.Single(await Calls.ScheduleOkAsync(post, ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, $"{Year}-03-15T09:00")));

        Assert.Equal($"{Year}-03-15T09:00", slot.GetProperty("localTime").GetString());
        Assert.Equal("Asia/Seoul", slot.GetProperty("timeZone").GetString());
        Assert.Equal(new DateTimeOffset(Year, 3, 15, 0, 0, 0, TimeSpan.Zero), slot.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("SCHEDULED", slot.GetProperty("state").GetString());
    }

    [Fact]
    public async Task New_York_slots_across_the_spring_change_stay_at_nine_local_and_move_an_hour_in_UTC()
    {
        var (channel, post) = await PostAsync();
        var change = ScheduleData.UsSpringForward(Year);
        var before = change.AddDays(-1);
        var after = change.AddDays(1);

        var slots = await Calls.ScheduleOkAsync(
            post,
            ScheduleCalls.Slot(channel.Code, ScheduleData.NewYork, $"{before:yyyy-MM-dd}T09:00"),
            ScheduleCalls.Slot(channel.Code, ScheduleData.NewYork, $"{after:yyyy-MM-dd}T09:00"));

        Assert.Equal(new DateTimeOffset(before.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero), slots[0].GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(after.ToDateTime(new TimeOnly(13, 0)), TimeSpan.Zero), slots[1].GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_local_time_the_clocks_skip_is_refused_naming_the_slot_and_nothing_is_saved()
    {
        var (channel, post) = await PostAsync();
        var change = ScheduleData.UsSpringForward(Year);

        var response = await Calls.ScheduleAsync(
            post,
            ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, $"{Year}-03-15T09:00"),
            ScheduleCalls.Slot(channel.Code, ScheduleData.NewYork, $"{change:yyyy-MM-dd}T02:30"));

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        var problem = Assert.Single(response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray());
        Assert.Equal("slots[1].localTime", problem.GetProperty("field").GetString());
        Assert.Equal("TIME_SKIPPED", problem.GetProperty("rule").GetString());
        Assert.Contains("America/New_York", problem.GetProperty("message").GetString());
        var slots = (await app.GraphQL().QueryAsync("query($c: String!) { socialSchedule(channel: $c, market: \"SKR\", day: \"" + $"{Year}-03-15" + "\") { edges { cursor } blocked { reason } } }", new { c = channel.Code }))
            .Ok().GetProperty("socialSchedule");
        Assert.Equal(0, slots.GetProperty("edges").GetArrayLength() + slots.GetProperty("blocked").GetArrayLength());
    }

    [Fact]
    public async Task A_local_time_that_happens_twice_is_the_earlier_one()
    {
        var (channel, post) = await PostAsync();
        var fallBack = ScheduleData.UsFallBack(Year);

        var slot = Assert.Single(await Calls.ScheduleOkAsync(post, ScheduleCalls.Slot(channel.Code, ScheduleData.NewYork, $"{fallBack:yyyy-MM-dd}T01:30")));

        // 01:30 EDT (UTC-4), the first time the clock shows it, not 01:30 EST an hour later.
        Assert.Equal(new DateTimeOffset(fallBack.ToDateTime(new TimeOnly(5, 30)), TimeSpan.Zero), slot.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Scheduling_again_keeps_slots_given_again_and_cancels_those_left_out()
    {
        var (channel, post) = await PostAsync();
        var first = await Calls.ScheduleOkAsync(
            post,
            ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, $"{Year}-04-01T09:00"),
            ScheduleCalls.Slot(channel.Code, ScheduleData.Paris, $"{Year}-04-01T18:00"));

        var second = await Calls.ScheduleOkAsync(
            post,
            ScheduleCalls.Slot(channel.Code, " skr ", $"{Year}-04-01T09:00"),
            ScheduleCalls.Slot(channel.Code.ToUpperInvariant(), ScheduleData.Paris, $"{Year}-04-02T18:00"));

        Assert.Equal(2, second.Length);
        Assert.Equal(first[0].GetProperty("id").GetString(), second[0].GetProperty("id").GetString());
        Assert.NotEqual(first[1].GetProperty("id").GetString(), second[1].GetProperty("id").GetString());
        // Paris is UTC+2 in April (summer time).
        Assert.Equal(new DateTimeOffset(Year, 4, 2, 16, 0, 0, TimeSpan.Zero), second[1].GetProperty("dueAt").GetDateTimeOffset());
        var paris = await Calls.FeedOkAsync(channel.Code, ScheduleData.Paris, new { day = $"{Year}-04-01" });
        Assert.Equal(0, paris.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Slots_must_be_on_the_posts_channels_and_markets_in_the_future_and_well_formed()
    {
        var (channel, post) = await PostAsync();
        var other = ScheduleData.Channel();
        await ScheduleData.SeedAsync(app, other);

        var response = await Calls.ScheduleAsync(
            post,
            ScheduleCalls.Slot(other.Code, ScheduleData.Seoul, $"{Year}-03-15T09:00"),
            ScheduleCalls.Slot("no-such-channel", ScheduleData.Seoul, $"{Year}-03-15T09:00"),
            ScheduleCalls.Slot(channel.Code, "KR", $"{Year}-03-15T09:00"),
            ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, "tomorrow at nine"),
            ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, $"{Year}-03-15T09:00<script>"),
            ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, $"{Year}-03-16T09:00"),
            ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, $"{Year}-03-16T09:00"));

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        var problems = response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("field").GetString()} {p.GetProperty("rule").GetString()}").ToList();
        Assert.Contains("slots[0].channel SLOT_TARGET", problems);
        Assert.Contains("slots[1].channel REFERENCE", problems);
        Assert.Contains("slots[2].market SLOT_TARGET", problems);
        Assert.Contains("slots[3].localTime FORMAT", problems);
        Assert.Contains("slots[4].localTime FORMAT", problems);
        Assert.Contains("slots[6] UNIQUE", problems);

        var past = await Calls.ScheduleAsync(post, ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, "2020-01-01T09:00"));
        Assert.Equal(["VALIDATION_FAILED"], past.ErrorCodes);
        Assert.Contains("IN_PAST", past.Body.GetRawText());
    }

    [Fact]
    public async Task A_posts_slots_are_on_the_post_for_schedule_readers_and_forbidden_to_partners()
    {
        var (channel, post) = await PostAsync();
        await Calls.ScheduleOkAsync(post, ScheduleCalls.Slot(channel.Code, ScheduleData.Paris, $"{Year}-07-14T10:00"));
        const string query = "query($id: ID!) { channelPost(id: $id) { id slots { id channel market localTime timeZone dueAt state } } }";

        var slots = (await app.GraphQL().QueryAsync(query, new { id = post })).Ok().GetProperty("channelPost").GetProperty("slots");
        var slot = Assert.Single(slots.EnumerateArray());
        Assert.Equal("Europe/Paris", slot.GetProperty("timeZone").GetString());
        Assert.Equal(new DateTimeOffset(Year, 7, 14, 8, 0, 0, TimeSpan.Zero), slot.GetProperty("dueAt").GetDateTimeOffset());

        var partner = await Keys.CreateAsync(app, "partner slots", "PARTNER");
        var refused = await app.GraphQL(partner).QueryAsync(query, new { id = post });
        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
    }

    [Fact]
    public async Task An_unknown_post_is_not_found_and_a_refusal_speaks_the_callers_language()
    {
        var response = await app.GraphQL().QueryAsync(
            "mutation($p: ID!) { schedulePost(post: $p, slots: []) { id } }", new { p = Guid.NewGuid() }, acceptLanguage: "vi");

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.StartsWith("Không có ChannelPost", response.Errors[0].GetProperty("message").GetString());
    }
}
