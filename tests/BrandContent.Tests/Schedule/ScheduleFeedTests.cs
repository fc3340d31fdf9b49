using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using Ical.Net;

namespace BrandContent.Tests.Schedule;

/// <summary>The iCalendar feed, read by a real iCalendar library: one event per slot, in the market's zone, refused clearly without the right key.</summary>
public sealed class ScheduleFeedTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private sealed record Scene(BrandContent.Brands.Brand Brand, BrandContent.Channels.Channel Channel, BrandContent.Schedule.PostSlot Ready, BrandContent.Schedule.PostSlot Blocked);

    private async Task<Scene> SceneAsync()
    {
        var brand = TestContent.Brand();
        var channel = ScheduleData.Channel();
        var post = ScheduleData.Post(brand, channel, "calendar", locales: "ko");
        var draft = ScheduleData.Post(brand, channel, "draft", locales: new V("ko", WorkflowStatus.Draft));
        var ready = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, new DateTimeOffset(DateTime.UtcNow.Date.AddDays(3), TimeSpan.Zero));
        var blocked = ScheduleData.Slot(draft, channel.Code, ScheduleData.Seoul, ready.DueAt.AddHours(2));
        await ScheduleData.SeedAsync(app, brand, channel, post, draft, ready, blocked);
        return new Scene(brand, channel, ready, blocked);
    }

    private static string PathOf(Scene scene, string market = ScheduleData.Seoul) => $"/feeds/{scene.Brand.Slug}/{scene.Channel.Code}/{market}.ics";

    private async Task<HttpResponseMessage> GetAsync(string path, string? headerKey = null, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (headerKey is not null)
        {
            request.Headers.Add("X-Api-Key", headerKey);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return await app.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task The_feed_parses_as_iCalendar_with_one_event_per_slot_at_its_local_time_in_the_markets_zone()
    {
        var scene = await SceneAsync();
        var key = await Keys.CreateAsync(app, "calendar", "SCHEDULER", brands: [scene.Brand.Slug], markets: [ScheduleData.Seoul]);

        var response = await GetAsync($"{PathOf(scene)}?key={Uri.EscapeDataString(key)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Asia/Seoul");
        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToList();
        Assert.Equal(2, events.Count);
        var ready = events[0];
        Assert.Equal($"{scene.Ready.Id:N}@schedule.brandcontent", ready.Uid);
        Assert.Equal("Asia/Seoul", ready.DtStart!.TzId);
        Assert.Equal(9, ready.DtStart.Hour);
        Assert.Equal(scene.Ready.DueAt.UtcDateTime, ready.DtStart.AsUtc);
        Assert.Equal("post calendar ko", ready.Summary);
        Assert.Equal("CONFIRMED", ready.Status);
        Assert.Equal(new Uri("https://example.test/post"), ready.Url);
        var blocked = events[1];
        Assert.Equal($"{scene.Blocked.Id:N}@schedule.brandcontent", blocked.Uid);
        Assert.Equal("TENTATIVE", blocked.Status);
        Assert.StartsWith("BLOCKED: NO_PUBLISHED_VARIANT", blocked.Summary);

        var again = Calendar.Load(await (await GetAsync(PathOf(scene), headerKey: key)).Content.ReadAsStringAsync())!;
        Assert.Equal(events.Select(e => e.Uid), again.Events.OrderBy(e => e.DtStart!.AsUtc).Select(e => e.Uid));
    }

    [Fact]
    public async Task The_key_may_come_in_a_header_and_an_unchanged_feed_answers_304()
    {
        var scene = await SceneAsync();
        var key = await Keys.CreateAsync(app, "calendar header", "REVIEWER");

        var first = await GetAsync(PathOf(scene), headerKey: key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.Contains("private", first.Headers.CacheControl!.ToString());

        var request = new HttpRequestMessage(HttpMethod.Get, PathOf(scene));
        request.Headers.Add("Authorization", $"Bearer {key}");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Without_a_key_with_the_wrong_key_or_for_unknown_things_the_feed_answers_a_status_and_a_problem_in_the_callers_language()
    {
        var scene = await SceneAsync();
        var other = TestContent.Brand();
        await ScheduleData.SeedAsync(app, other);
        var otherBrand = await Keys.CreateAsync(app, "calendar other brand", "SCHEDULER", brands: [other.Slug]);
        var otherMarket = await Keys.CreateAsync(app, "calendar other market", "SCHEDULER", markets: [ScheduleData.Paris]);
        var partner = await Keys.CreateAsync(app, "calendar partner", "PARTNER");
        var scheduler = await Keys.CreateAsync(app, "calendar scheduler", "SCHEDULER");

        var cases = new (string Path, string? Key, HttpStatusCode Status, string Code)[]
        {
            (PathOf(scene), null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"),
            ($"{PathOf(scene)}?key=bck_not-a-real-key-000000000000000000", null, HttpStatusCode.Unauthorized, "UNAUTHENTICATED"),
            (PathOf(scene), otherBrand, HttpStatusCode.Forbidden, "OUT_OF_SCOPE"),
            (PathOf(scene), otherMarket, HttpStatusCode.Forbidden, "OUT_OF_SCOPE"),
            (PathOf(scene), partner, HttpStatusCode.Forbidden, "FORBIDDEN"),
            ($"/feeds/no-such-brand/{scene.Channel.Code}/{ScheduleData.Seoul}.ics", scheduler, HttpStatusCode.NotFound, "BRAND_NOT_FOUND"),
            ($"/feeds/{scene.Brand.Slug}/no-such-channel/{ScheduleData.Seoul}.ics", scheduler, HttpStatusCode.NotFound, "CHANNEL_NOT_FOUND"),
            (PathOf(scene, "ZZ"), scheduler, HttpStatusCode.NotFound, "MARKET_NOT_FOUND"),
            ($"/feeds/{scene.Brand.Slug}/%3Cscript%3E/{ScheduleData.Seoul}.ics", scheduler, HttpStatusCode.NotFound, "CHANNEL_NOT_FOUND"),
        };

        foreach (var (path, key, status, code) in cases)
        {
            var response = await GetAsync(path, key, language: "vi");
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        }

        var vietnamese = JsonDocument.Parse(await (await GetAsync(PathOf(scene), language: "vi")).Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("Hãy gửi khóa API", vietnamese.GetProperty("title").GetString());
    }
}
