using System.Net;
using System.Net.Http.Headers;
using BrandContent.Brands;
using BrandContent.Channels;
using BrandContent.Clarifications;
using BrandContent.Pillars;
using BrandContent.Plans;
using BrandContent.Publishing;
using BrandContent.Reports;
using BrandContent.Schedule;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Schedule;

namespace BrandContent.Tests.Reports;

/// <summary>
/// A brand of the test's own with a known year: the year before this one (fully past, so no test depends on the
/// day it runs). Stories, posts and events inside it, and some just outside it or not published, which must not count.
/// </summary>
public sealed record ReportScene(Brand Brand, int Year, Pillar Gong, Pillar Volcano, Channel Channel, Story PublishedByApi)
{
    public const string Path = "/reports/{0}/{1}.{2}";

    public static int LastYear => ReportPeriod.Today(DateTimeOffset.UtcNow).Year - 1;

    public string DocumentPath(string extension, string? locale = null) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Path, Brand.Slug, Year, extension) + (locale is null ? "" : $"?locale={locale}");

    /// <summary>
    /// In the year: stories s1 (gong; vi, en, ko), s2 (gong + volcano; vi) and s5 (volcano; published through the API),
    /// one post (gong; channel for SKR and SUS) with a send to SKR, an asset, and an event held in February. Outside it:
    /// s3 (published the year before), s4 (draft), an event the year after, a draft event in the year. A plan with a task
    /// done (s1 as its evidence) and one overdue; incidents answered after 3 and 6 hours, one open, one the year before.
    /// </summary>
    public static async Task<ReportScene> CreateAsync(BrandContentApp app)
    {
        var year = LastYear;
        DateTimeOffset On(int month, int day) => new(year, month, day, 3, 0, 0, TimeSpan.Zero);
        var brand = TestContent.Brand(null, new V("vi", PublishAt: On(1, 2)));
        var gong = TestContent.Pillar(brand, "gong", 1, new V("vi", PublishAt: On(1, 2)), new V("en", PublishAt: On(1, 2)));
        var volcano = TestContent.Pillar(brand, "volcano", 2, new V("vi", PublishAt: On(1, 2)));
        var channel = ScheduleData.Channel(ScheduleData.Seoul, ScheduleData.NewYork);
        var s1 = TestContent.Story(brand, "s1", new DateOnly(year, 3, 1), new V("vi", PublishAt: On(3, 1)), new V("en", PublishAt: On(4, 1)), new V("ko", PublishAt: On(5, 1))).WithPillars(gong);
        var s2 = TestContent.Story(brand, "s2", new DateOnly(year, 6, 1), new V("vi", PublishAt: On(6, 1))).WithPillars(gong, volcano);
        var s3 = TestContent.Story(brand, "s3", new DateOnly(year - 1, 6, 1), new V("vi", PublishAt: new DateTimeOffset(year - 1, 12, 31, 12, 0, 0, TimeSpan.Zero))).WithPillars(gong);
        var s4 = TestContent.Story(brand, "s4", new DateOnly(year, 7, 1), new V("vi", WorkflowStatus.Draft)).WithPillars(gong);
        var s5 = TestContent.Story(brand, "s5", new DateOnly(year, 8, 1), new V("vi", WorkflowStatus.Approved)).WithPillars(volcano);
        var post = ScheduleData.Post(brand, channel, "report", markets: [ScheduleData.Seoul, ScheduleData.NewYork], locales: new V("vi", PublishAt: On(9, 1)));
        post.PillarIds = [gong.Id];
        var asset = TestContent.Asset(brand);
        foreach (var variant in asset.Variants)
        {
            variant.PublishAt = On(2, 1);
        }

        var held = TestContent.Event(brand, new DateOnly(year, 2, 10), new DateOnly(year, 2, 12), new V("vi", PublishAt: On(1, 5)));
        var nextYear = TestContent.Event(brand, new DateOnly(year + 1, 2, 10), new DateOnly(year + 1, 2, 12), new V("vi", PublishAt: On(1, 5)));
        var draftEvent = TestContent.Event(brand, new DateOnly(year, 5, 1), new DateOnly(year, 5, 1), new V("vi", WorkflowStatus.Draft));
        var slot = ScheduleData.Slot(post, channel.Code, ScheduleData.Seoul, On(9, 2), SlotState.Posted);
        var sent = new Distribution
        {
            SlotId = slot.Id,
            PostId = post.Id,
            BrandId = brand.Id,
            Channel = channel.Code,
            Market = ScheduleData.Seoul,
            Locale = "vi",
            ExternalId = "x-1",
            Url = "https://social.test/x-1",
            PostedAt = On(9, 2),
            MarkedBy = "test",
            MarkedAt = On(9, 2),
        };
        var plan = new Plan
        {
            BrandId = brand.Id,
            Number = "183/KH-UBND",
            IssuedOn = new DateOnly(year - 1, 5, 23),
            Titles = new() { ["vi"] = "Kế hoạch thử" },
            IssuingBody = "UBND tỉnh thử",
            StartsOn = new DateOnly(year - 1, 1, 1),
            EndsOn = new DateOnly(year + 4, 12, 31),
            CreatedAt = On(1, 1),
        };
        var done = PlanTaskOf(plan, 1, "Sản xuất câu chuyện về cồng chiêng", new DateOnly(year, 1, 1), new DateOnly(year, 6, 30), PlanTaskStatus.Done);
        var late = PlanTaskOf(plan, 2, "Ra mắt bộ nhận diện", new DateOnly(year, 3, 1), new DateOnly(year, 9, 30), PlanTaskStatus.InProgress);
        var evidence = new PlanTaskEvidence { TaskId = done.Id, Kind = BrandContent.Localization.ContentKind.Story, ContentId = s1.Id, LinkedAt = On(7, 1) };
        var fast = new Incident { BrandId = brand.Id, Summary = "Tin sai về núi lửa", Severity = Severity.High, DetectedAt = On(4, 1), AnsweredAt = On(4, 1).AddHours(3), RecordedBy = "test", RecordedAt = On(4, 1) };
        var slow = new Incident { BrandId = brand.Id, Summary = "Ảnh giả lễ hội", Severity = Severity.Low, DetectedAt = On(5, 1), AnsweredAt = On(5, 1).AddHours(6), RecordedBy = "test", RecordedAt = On(5, 1) };
        var open = new Incident { BrandId = brand.Id, Summary = "Tin đồn chưa xác minh", Severity = Severity.Medium, DetectedAt = On(11, 1), RecordedBy = "test", RecordedAt = On(11, 1) };
        var before = new Incident { BrandId = brand.Id, Summary = "Năm trước", Severity = Severity.Low, DetectedAt = new DateTimeOffset(year - 1, 12, 31, 12, 0, 0, TimeSpan.Zero), RecordedBy = "test", RecordedAt = On(1, 1) };
        await ScheduleData.SeedAsync(
            app, brand, gong, volcano, channel, s1, s2, s3, s4, s5, post, asset, held, nextYear, draftEvent, slot, sent, plan, done, late, evidence, fast, slow, open, before);

        var published = await new Fixtures.Editing(app.GraphQL()).StepAsync(
            "publish", "STORY", s5.Id, "vi", extra: ", publishAt: $publishAt", extraVariables: new { publishAt = On(8, 15) });
        published.Ok();
        return new ReportScene(brand, year, gong, volcano, channel, s5);
    }

    private static PlanTask PlanTaskOf(Plan plan, int position, string work, DateOnly starts, DateOnly ends, PlanTaskStatus status) =>
        new()
        {
            PlanId = plan.Id,
            BrandId = plan.BrandId,
            Position = position,
            LeadUnit = "Sở Văn hóa, Thể thao và Du lịch",
            CooperatingUnits = ["Báo tỉnh"],
            Work = work,
            Responsibility = "Chủ trì",
            StartsOn = starts,
            EndsOn = ends,
            BudgetAmount = 100_000_000,
            BudgetCurrency = "VND",
            BudgetSource = "Ngân sách tỉnh",
            ExpectedResult = "Sản phẩm",
            Status = status,
            CreatedAt = plan.CreatedAt,
        };

    public static async Task<HttpResponseMessage> GetAsync(BrandContentApp app, string path, string? key, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await app.CreateClient().SendAsync(request);
    }

    public static async Task<byte[]> DocumentAsync(BrandContentApp app, string path, string key = BrandContentApp.AdminToken)
    {
        var response = await GetAsync(app, path, key);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
