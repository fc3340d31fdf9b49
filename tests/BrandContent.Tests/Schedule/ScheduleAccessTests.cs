using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Schedule;

/// <summary>Who may schedule and read the schedule: the post's brand for editors, the key's brands and markets for schedulers.</summary>
public sealed class ScheduleAccessTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly int Year = DateTime.UtcNow.Year + 1;

    [Fact]
    public async Task An_editor_of_another_brand_cannot_schedule_the_post_and_one_of_its_brand_can()
    {
        var brand = TestContent.Brand();
        var other = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "access", locales: "ko");
        await ScheduleData.SeedAsync(app, brand, other, channel, post);
        var outsider = await Keys.CreateAsync(app, "editor other brand", "EDITOR", brands: [other.Slug]);
        var insider = await Keys.CreateAsync(app, "editor own brand", "EDITOR", brands: [brand.Slug]);
        var slot = ScheduleCalls.Slot(channel.Code, ScheduleData.Seoul, $"{Year}-05-01T09:00");

        Assert.Equal(["OUT_OF_SCOPE"], (await new ScheduleCalls(app.GraphQL(outsider)).ScheduleAsync(post.Id, slot)).ErrorCodes);
        Assert.Single(await new ScheduleCalls(app.GraphQL(insider)).ScheduleOkAsync(post.Id, slot));
        var translator = await Keys.CreateAsync(app, "translator", "TRANSLATOR");
        Assert.Equal(["FORBIDDEN"], (await new ScheduleCalls(app.GraphQL(translator)).ScheduleAsync(post.Id, slot)).ErrorCodes);
    }

    [Fact]
    public async Task A_market_scoped_key_reads_only_its_market_and_a_brand_scoped_key_only_its_brands_slots()
    {
        var brand = TestContent.Brand();
        var other = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var mine = ScheduleData.Post(brand, channel, "mine", locales: "ko");
        var theirs = ScheduleData.Post(other, channel, "theirs", locales: "ko");
        var due = DateTimeOffset.UtcNow.AddDays(1);
        await ScheduleData.SeedAsync(
            app, brand, other, channel, mine, theirs,
            ScheduleData.Slot(mine, channel.Code, ScheduleData.Seoul, due),
            ScheduleData.Slot(theirs, channel.Code, ScheduleData.Seoul, due));
        var seoulOnly = await Keys.CreateAsync(app, "scheduler seoul", "SCHEDULER", markets: [ScheduleData.Seoul]);
        var brandOnly = await Keys.CreateAsync(app, "scheduler brand", "SCHEDULER", brands: [brand.Slug]);
        var window = new { from = due.AddHours(-1), to = due.AddHours(1) };

        var paris = await new ScheduleCalls(app.GraphQL(seoulOnly)).FeedAsync(channel.Code, ScheduleData.Paris, window);
        Assert.Equal(["OUT_OF_SCOPE"], paris.ErrorCodes);
        var seoul = await new ScheduleCalls(app.GraphQL(seoulOnly)).FeedOkAsync(channel.Code, ScheduleData.Seoul, window);
        Assert.Equal(2, seoul.GetProperty("edges").GetArrayLength());

        var own = await new ScheduleCalls(app.GraphQL(brandOnly)).FeedOkAsync(channel.Code, ScheduleData.Seoul, window);
        Assert.Equal(mine.Id.ToString(), Assert.Single(own.GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("postId").GetString());
        var foreign = await new ScheduleCalls(app.GraphQL(brandOnly)).FeedAsync(channel.Code, ScheduleData.Seoul, window, brand: other.Slug);
        Assert.Equal(["OUT_OF_SCOPE"], foreign.ErrorCodes);
    }
}
