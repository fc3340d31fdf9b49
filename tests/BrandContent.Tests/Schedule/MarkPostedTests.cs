using BrandContent.Access;
using BrandContent.Publishing;
using BrandContent.Schedule;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Schedule;

/// <summary>markPosted: one record per slot whatever the retries, only for due slots that can go out; the log shows what went where.</summary>
public sealed class MarkPostedTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private ScheduleCalls Calls => new(app.GraphQL());

    private async Task<(BrandContent.Brands.Brand Brand, PostSlot Slot)> DueSlotAsync(params V[] locales)
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "posted", locales: locales.Length == 0 ? ["ko"] : locales);
        var slot = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, DateTimeOffset.UtcNow.AddMinutes(-10), SlotState.Due);
        await ScheduleData.SeedAsync(app, brand, channel, post, slot);
        return (brand, slot);
    }

    [Fact]
    public async Task The_same_report_twice_is_one_record_and_the_log_shows_it_once()
    {
        var (brand, slot) = await DueSlotAsync();
        var postedAt = DateTimeOffset.UtcNow.AddMinutes(-1);

        var first = (await Calls.MarkPostedAsync(slot.Id, "1790000000000000001", "https://x.com/brand/status/1790000000000000001", postedAt)).Ok().GetProperty("markPosted");
        var again = (await Calls.MarkPostedAsync(slot.Id, "1790000000000000001", "https://x.com/brand/status/1790000000000000001", postedAt)).Ok().GetProperty("markPosted");

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal("ko", first.GetProperty("locale").GetString());
        Assert.Equal(AdminKeyBootstrap.KeyName, first.GetProperty("markedBy").GetString());
        var entry = Assert.Single(await Calls.LogAsync(brand.Slug));
        Assert.Equal(slot.Id.ToString(), entry.GetProperty("slotId").GetString());
        Assert.Equal(slot.Channel, entry.GetProperty("channel").GetString());
        Assert.Equal(ScheduleData.Seoul, entry.GetProperty("market").GetString());
        Assert.Equal("1790000000000000001", entry.GetProperty("externalId").GetString());
        await using var db = app.OpenDb();
        Assert.Equal(SlotState.Posted, (await db.PostSlots.SingleAsync(s => s.Id == slot.Id)).State);
    }

    [Fact]
    public async Task Two_reports_racing_for_one_slot_make_one_record()
    {
        var (brand, slot) = await DueSlotAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Calls.MarkPostedAsync(slot.Id, "race-1", "https://example.test/p/1", DateTimeOffset.UtcNow)));

        Assert.All(answers, a => Assert.Empty(a.ErrorCodes));
        Assert.Single(answers.Select(a => a.Ok().GetProperty("markPosted").GetProperty("id").GetString()).Distinct());
        Assert.Single(await Calls.LogAsync(brand.Slug));
    }

    [Fact]
    public async Task Another_external_id_for_a_posted_slot_is_refused()
    {
        var (_, slot) = await DueSlotAsync();
        (await Calls.MarkPostedAsync(slot.Id, "first", "https://example.test/p/1", DateTimeOffset.UtcNow)).Ok();

        var second = await Calls.MarkPostedAsync(slot.Id, "second", "https://example.test/p/2", DateTimeOffset.UtcNow);

        Assert.Equal(["SLOT_ALREADY_POSTED"], second.ErrorCodes);
        Assert.Contains("first", second.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_slot_not_yet_due_is_refused()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "early", locales: "ko");
        var slot = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, DateTimeOffset.UtcNow.AddHours(1));
        await ScheduleData.SeedAsync(app, brand, channel, post, slot);

        var response = await Calls.MarkPostedAsync(slot.Id, "early-1", "https://example.test/p/1", DateTimeOffset.UtcNow);

        Assert.Equal(["SLOT_NOT_DUE"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_slot_whose_post_is_not_published_in_the_chain_is_refused()
    {
        var (brand, slot) = await DueSlotAsync(new V("ko", WorkflowStatus.Approved), new V("vi", WorkflowStatus.Draft));

        var response = await Calls.MarkPostedAsync(slot.Id, "x-1", "https://example.test/p/1", DateTimeOffset.UtcNow);

        Assert.Equal(["SLOT_BLOCKED"], response.ErrorCodes);
        Assert.Contains("NO_PUBLISHED_VARIANT", response.Errors[0].GetProperty("message").GetString());
        Assert.Empty(await Calls.LogAsync(brand.Slug));
    }

    [Fact]
    public async Task Hostile_reports_are_refused_with_the_field_named()
    {
        var (brand, slot) = await DueSlotAsync();
        var now = DateTimeOffset.UtcNow;
        var cases = new (string ExternalId, string Url, DateTimeOffset PostedAt, string Expected)[]
        {
            (new string('9', 5000), "https://example.test/p", now, "externalId MAX_LENGTH"),
            ("a\nb", "https://example.test/p", now, "externalId SINGLE_LINE"),
            ("  ", "https://example.test/p", now, "externalId REQUIRED"),
            ("ok", "javascript:alert(1)", now, "url URL"),
            ("ok", "ftp://example.test/p", now, "url URL"),
            ("ok", "https://example.test/" + new string('a', 3000), now, "url MAX_LENGTH"),
            ("ok", "https://example.test/p\r\nSet-Cookie: x", now, "url SINGLE_LINE"),
            ("ok", "https://example.test/p", now.AddDays(2), "postedAt RANGE"),
            ("ok", "https://example.test/p", new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), "postedAt RANGE"),
        };

        foreach (var (externalId, url, postedAt, expected) in cases)
        {
            var response = await Calls.MarkPostedAsync(slot.Id, externalId, url, postedAt);
            Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
            var problems = response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("field").GetString()} {p.GetProperty("rule").GetString()}");
            Assert.Contains(expected, problems);
        }

        Assert.Equal(["NOT_FOUND"], (await Calls.MarkPostedAsync(Guid.NewGuid(), "ok", "https://example.test/p", now)).ErrorCodes);
        var forged = await app.GraphQL().QueryAsync("mutation { markPosted(slotId: \"1 OR 1=1\", externalId: \"x\", url: \"https://e.test\", postedAt: \"2026-01-01T00:00:00Z\") { id } }");
        Assert.NotEqual(System.Net.HttpStatusCode.InternalServerError, forged.Status);
        Assert.NotEmpty(forged.Errors);
        Assert.Empty(await Calls.LogAsync(brand.Slug));
    }

    [Fact]
    public async Task A_key_of_another_brand_or_market_cannot_mark_the_slot_nor_read_its_log()
    {
        var (brand, slot) = await DueSlotAsync();
        var other = TestContent.Brand();
        await ScheduleData.SeedAsync(app, other);
        var otherBrand = await Keys.CreateAsync(app, "scheduler other brand", "SCHEDULER", brands: [other.Slug]);
        var otherMarket = await Keys.CreateAsync(app, "scheduler other market", "SCHEDULER", markets: [ScheduleData.Paris]);
        var own = await Keys.CreateAsync(app, "scheduler own", "SCHEDULER", brands: [brand.Slug], markets: [ScheduleData.Seoul]);

        Assert.Equal(["OUT_OF_SCOPE"], (await new ScheduleCalls(app.GraphQL(otherBrand)).MarkPostedAsync(slot.Id, "x", "https://e.test/p", DateTimeOffset.UtcNow)).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await new ScheduleCalls(app.GraphQL(otherMarket)).MarkPostedAsync(slot.Id, "x", "https://e.test/p", DateTimeOffset.UtcNow)).ErrorCodes);
        var marked = (await new ScheduleCalls(app.GraphQL(own)).MarkPostedAsync(slot.Id, "x", "https://e.test/p", DateTimeOffset.UtcNow)).Ok().GetProperty("markPosted");
        Assert.Equal("scheduler own", marked.GetProperty("markedBy").GetString());

        Assert.Empty(await new ScheduleCalls(app.GraphQL(otherMarket)).LogAsync(brand.Slug));
        Assert.Single(await new ScheduleCalls(app.GraphQL(own)).LogAsync(brand.Slug));
        var log = await app.GraphQL(otherBrand).QueryAsync("query($b: String!) { distributionLog(brand: $b) { edges { cursor } } }", new { b = brand.Slug });
        Assert.Equal(["OUT_OF_SCOPE"], log.ErrorCodes);
    }
}
