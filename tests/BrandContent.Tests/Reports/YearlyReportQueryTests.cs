using System.Text.Json;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Schedule;

namespace BrandContent.Tests.Reports;

/// <summary>yearlyReport as data: what went live in the year and nothing else, the events held, coverage as translationOverview counts it.</summary>
public sealed class YearlyReportQueryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    public const string Query = """
        query($b: String!, $y: Int!, $l: String) { yearlyReport(brand: $b, year: $y, locale: $l) {
          brand brandName year locale firstDay lastDay
          publishing { items byKind { kind items } byPillar { key name stories posts assets total }
            byMarket { market name locale items posts sent } byChannel { channel name posts sent } }
          events { name startsOn endsOn place progress }
          tasks { planNumber work leadUnit start end status evidence { kind id title } }
          incidents { answered medianResponseHours items { summary severity detectedAt answeredAt responseHours mentionCount } }
          translationCoverage { market name servedInLocalePercent
            counts { market locale total published inReview approved draft outdated missing servedInLocale servedInFallback notServed } } } }
        """;

    private static JsonElement Row(JsonElement list, string key, string value) =>
        list.EnumerateArray().Single(e => e.GetProperty(key).GetString() == value);

    [Fact]
    public async Task Published_counts_are_the_items_that_went_live_in_the_year_by_kind_pillar_market_and_channel()
    {
        var scene = await ReportScene.CreateAsync(app);

        var report = (await app.GraphQL().QueryAsync(Query, new { b = scene.Brand.Slug, y = scene.Year })).Ok().GetProperty("yearlyReport");

        var publishing = report.GetProperty("publishing");
        int Kind(string kind) => Row(publishing.GetProperty("byKind"), "kind", kind).GetProperty("items").GetInt32();
        // Every published story of the brand, counted through the delivery API, less s3 (published the year before).
        var delivered = (await app.GraphQL().QueryAsync("query($b: String!) { stories(brand: $b, first: 50) { totalCount } }", new { b = scene.Brand.Slug }))
            .Ok().GetProperty("stories").GetProperty("totalCount").GetInt32();
        Assert.Equal(delivered - 1, Kind("STORY"));
        Assert.Equal(3, Kind("STORY"));
        Assert.Equal(1, Kind("CHANNEL_POST"));
        Assert.Equal(1, Kind("ASSET"));
        Assert.Equal(2, Kind("EVENT")); // published in the year, whenever they take place
        Assert.Equal(2, Kind("PILLAR"));
        Assert.Equal(1, Kind("BRAND"));
        Assert.Equal(10, publishing.GetProperty("items").GetInt32());

        var gong = Row(publishing.GetProperty("byPillar"), "key", "gong");
        Assert.Equal((2, 1, 0, 3), (gong.GetProperty("stories").GetInt32(), gong.GetProperty("posts").GetInt32(), gong.GetProperty("assets").GetInt32(), gong.GetProperty("total").GetInt32()));
        Assert.Equal("gong vi", gong.GetProperty("name").GetString());
        var volcano = Row(publishing.GetProperty("byPillar"), "key", "volcano");
        Assert.Equal((2, 0), (volcano.GetProperty("stories").GetInt32(), volcano.GetProperty("posts").GetInt32()));

        var seoul = Row(publishing.GetProperty("byMarket"), "market", ScheduleData.Seoul);
        Assert.Equal(("ko", 1, 1, 1), (seoul.GetProperty("locale").GetString(), seoul.GetProperty("items").GetInt32(), seoul.GetProperty("posts").GetInt32(), seoul.GetProperty("sent").GetInt32()));
        var newYork = Row(publishing.GetProperty("byMarket"), "market", ScheduleData.NewYork);
        Assert.Equal(("en", 3, 1, 0), (newYork.GetProperty("locale").GetString(), newYork.GetProperty("items").GetInt32(), newYork.GetProperty("posts").GetInt32(), newYork.GetProperty("sent").GetInt32()));
        var channel = Row(publishing.GetProperty("byChannel"), "channel", scene.Channel.Code);
        Assert.Equal((1, 1), (channel.GetProperty("posts").GetInt32(), channel.GetProperty("sent").GetInt32()));

        var events = report.GetProperty("events").EnumerateArray().ToList();
        var held = Assert.Single(events);
        Assert.Equal("HELD", held.GetProperty("progress").GetString());
        Assert.Equal($"{scene.Year}-02-10", held.GetProperty("startsOn").GetString());
        Assert.Equal(($"{scene.Year}-01-01", $"{scene.Year}-12-31"), (report.GetProperty("firstDay").GetString(), report.GetProperty("lastDay").GetString()));
    }

    [Fact]
    public async Task Translation_coverage_is_translationOverviews_for_every_market_the_key_reaches()
    {
        var scene = await ReportScene.CreateAsync(app);
        var key = await Keys.CreateAsync(app, "report markets", "EDITOR", brands: [scene.Brand.Slug], markets: [ScheduleData.Seoul, ScheduleData.NewYork]);

        var report = (await app.GraphQL(key).QueryAsync(Query, new { b = scene.Brand.Slug, y = scene.Year })).Ok().GetProperty("yearlyReport");
        var overview = (await app.GraphQL(key).QueryAsync(
                "query($b: String!) { translationOverview(brand: $b) { markets { market locale total published inReview approved draft outdated missing servedInLocale servedInFallback notServed } } }",
                new { b = scene.Brand.Slug }))
            .Ok().GetProperty("translationOverview").GetProperty("markets");

        var coverage = report.GetProperty("translationCoverage").EnumerateArray().ToList();
        Assert.Equal([ScheduleData.Seoul, ScheduleData.NewYork], coverage.Select(c => c.GetProperty("market").GetString()));
        Assert.Equal(overview.GetRawText(), JsonSerializer.Serialize(coverage.Select(c => c.GetProperty("counts"))));
        var seoul = coverage.Single(c => c.GetProperty("market").GetString() == ScheduleData.Seoul).GetProperty("counts");
        var expected = Math.Round(100m * seoul.GetProperty("servedInLocale").GetInt32() / seoul.GetProperty("total").GetInt32(), 1, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, coverage.Single(c => c.GetProperty("market").GetString() == ScheduleData.Seoul).GetProperty("servedInLocalePercent").GetDecimal());
        Assert.DoesNotContain(report.GetProperty("publishing").GetProperty("byMarket").EnumerateArray(), m => m.GetProperty("market").GetString() == ScheduleData.Paris);
    }

    [Fact]
    public async Task Names_are_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var scene = await ReportScene.CreateAsync(app);

        var vi = (await app.GraphQL().QueryAsync(Query, new { b = scene.Brand.Slug, y = scene.Year })).Ok().GetProperty("yearlyReport");
        var en = (await app.GraphQL().QueryAsync(Query, new { b = scene.Brand.Slug, y = scene.Year, l = "en-GB" })).Ok().GetProperty("yearlyReport");

        Assert.Equal("vi", vi.GetProperty("locale").GetString());
        Assert.Equal("en", en.GetProperty("locale").GetString());
        Assert.Equal("gong vi", Row(vi.GetProperty("publishing").GetProperty("byPillar"), "key", "gong").GetProperty("name").GetString());
        Assert.Equal("gong en", Row(en.GetProperty("publishing").GetProperty("byPillar"), "key", "gong").GetProperty("name").GetString());
        // No English variant: the brand's source locale closes the chain.
        Assert.Equal("volcano vi", Row(en.GetProperty("publishing").GetProperty("byPillar"), "key", "volcano").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_bad_year_an_unsupported_locale_and_an_unknown_brand_are_clear_errors_in_the_callers_language()
    {
        var scene = await ReportScene.CreateAsync(app);
        var next = ReportScene.LastYear + 2;
        var cases = new (object Variables, string Code)[]
        {
            (new { b = scene.Brand.Slug, y = 1999 }, "REPORT_YEAR_INVALID"),
            (new { b = scene.Brand.Slug, y = next + 1 }, "REPORT_YEAR_INVALID"),
            (new { b = scene.Brand.Slug, y = -5 }, "REPORT_YEAR_INVALID"),
            (new { b = scene.Brand.Slug, y = scene.Year, l = "ja" }, "REPORT_LOCALE_UNSUPPORTED"),
            (new { b = scene.Brand.Slug, y = scene.Year, l = "<script>" }, "REPORT_LOCALE_UNSUPPORTED"),
            (new { b = "no-such-brand", y = scene.Year }, "BRAND_NOT_FOUND"),
        };

        foreach (var (variables, code) in cases)
        {
            var response = await app.GraphQL().QueryAsync(Query, variables, acceptLanguage: "vi");
            Assert.Equal([code], response.ErrorCodes);
            Assert.DoesNotContain("Exception", response.Errors[0].GetProperty("message").GetString());
        }

        var english = await app.GraphQL().QueryAsync(Query, new { b = scene.Brand.Slug, y = 1999 }, acceptLanguage: "en");
        Assert.Contains("not a report year", english.Errors[0].GetProperty("message").GetString());
        var vietnamese = await app.GraphQL().QueryAsync(Query, new { b = scene.Brand.Slug, y = 1999 }, acceptLanguage: "vi");
        Assert.Contains("không phải là năm báo cáo", vietnamese.Errors[0].GetProperty("message").GetString());
        (await app.GraphQL().QueryAsync(Query, new { b = scene.Brand.Slug, y = next })).Ok();
    }

    [Fact]
    public async Task Tasks_come_with_their_status_today_and_evidence_and_incidents_with_their_response_times_and_median()
    {
        var scene = await ReportScene.CreateAsync(app);

        var report = (await app.GraphQL().QueryAsync(Query, new { b = scene.Brand.Slug, y = scene.Year })).Ok().GetProperty("yearlyReport");

        var tasks = report.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["DONE", "OVERDUE"], tasks.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal("183/KH-UBND", tasks[0].GetProperty("planNumber").GetString());
        var evidence = Assert.Single(tasks[0].GetProperty("evidence").EnumerateArray());
        Assert.Equal(("STORY", "s1 vi"), (evidence.GetProperty("kind").GetString(), evidence.GetProperty("title").GetString()));

        var incidents = report.GetProperty("incidents");
        Assert.Equal(["Tin sai về núi lửa", "Ảnh giả lễ hội", "Tin đồn chưa xác minh"], incidents.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("summary").GetString()));
        Assert.Equal(2, incidents.GetProperty("answered").GetInt32());
        Assert.Equal(4.5m, incidents.GetProperty("medianResponseHours").GetDecimal());
        Assert.Equal([3m, 6m], incidents.GetProperty("items").EnumerateArray().Take(2).Select(i => i.GetProperty("responseHours").GetDecimal()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, incidents.GetProperty("items")[2].GetProperty("responseHours").ValueKind);
    }
}
