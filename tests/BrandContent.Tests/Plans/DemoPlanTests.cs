using BrandContent.Demo;
using BrandContent.Plans;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Plans;

/// <summary>The demo plans come from the seed plans: Đồng Nai's 183/KH-UBND with its seven tasks, and the reporting duties.</summary>
public sealed class DemoPlanTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Plans = "query($b: String!) { plans(brand: $b) { number issuedOn issuingBody parentPlan { number } reportingDuties { reportingUnit dueDay dueMonth } tasks { position leadUnit cooperatingUnits work responsibility startsOn endsOn budgetSource expectedResult evidence { title } } } }";

    [Fact]
    public async Task The_Dong_Nai_2024_plan_is_loaded_with_the_seven_tasks_of_its_list_each_with_the_six_ro()
    {
        var plans = (await app.GraphQL().QueryAsync(Plans, new { b = "dong-nai" })).Ok().GetProperty("plans").EnumerateArray().ToList();
        var plan = plans.Single(p => p.GetProperty("number").GetString() == "183/KH-UBND");
        Assert.Equal(("2024-05-23", "UBND tỉnh Đồng Nai", "277/KH-UBND"), (plan.GetProperty("issuedOn").GetString(), plan.GetProperty("issuingBody").GetString(),
            plan.GetProperty("parentPlan").GetProperty("number").GetString()));

        // Section III of the plan ("Nhiệm vụ trọng tâm") lists seven tasks, with their lead units.
        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(7, tasks.Count);
        Assert.Equal(
            [
                "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch",
                "Báo Đồng Nai, Đài Phát thanh - Truyền hình Đồng Nai, Tạp chí Văn nghệ Đồng Nai, Cổng Thông tin điện tử tỉnh Đồng Nai",
                "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", "Các Sở, ban, ngành, UBND các huyện, thành phố",
            ],
            tasks.Select(t => t.GetProperty("leadUnit").GetString()));
        foreach (var task in tasks)
        {
            foreach (var field in new[] { "leadUnit", "work", "responsibility", "startsOn", "endsOn", "budgetSource", "expectedResult" })
            {
                Assert.False(string.IsNullOrWhiteSpace(task.GetProperty(field).GetString()), $"{field} of task {task.GetProperty("position")}");
            }
        }

        // Task 6: the keyword set for search engines, 2024-2025; task 3 (identity, logo, slogan) shows the logos as evidence.
        var keywords = tasks[5];
        Assert.Contains("bộ từ khóa", keywords.GetProperty("work").GetString());
        Assert.Equal(("2024-05-23", "2025-12-31"), (keywords.GetProperty("startsOn").GetString(), keywords.GetProperty("endsOn").GetString()));
        Assert.Equal(["Các Sở, ban, ngành", "UBND các huyện, thành phố", "Các cơ quan báo chí"], keywords.GetProperty("cooperatingUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["Logo Đồng Nai", "Logo Đồng Nai một màu"], tasks[2].GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("title").GetString()).Order());

        // The Department of Information and Communications reports before 15/11 each year.
        var duty = Assert.Single(plan.GetProperty("reportingDuties").EnumerateArray());
        Assert.Equal(("Sở Thông tin và Truyền thông", 15, 11), (duty.GetProperty("reportingUnit").GetString(), duty.GetProperty("dueDay").GetInt32(), duty.GetProperty("dueMonth").GetInt32()));
    }

    [Fact]
    public async Task The_brand_year_summary_lists_the_Dong_Nai_tasks_of_2024_with_the_plan_number_status_and_evidence_titles()
    {
        await using var db = app.OpenDb();
        var brand = await db.Brands.Where(b => b.Slug == "dong-nai").Select(b => b.Id).SingleAsync();

        var tasks = await db.TasksOfBrandYearAsync(brand, 2024, new DateOnly(2026, 11, 30), CancellationToken.None);
        Assert.Equal(7, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("183/KH-UBND", t.PlanNumber));
        Assert.Equal(PlanTaskStatus.Overdue, tasks[2].Status);
        Assert.Contains(tasks[3].Evidence, e => e.Kind == BrandContent.Localization.ContentKind.Story && e.Title.Length > 0);
        Assert.Empty(await db.TasksOfBrandYearAsync(brand, 2023, CancellationToken.None));
    }

    [Fact]
    public async Task The_demo_reporting_duties_follow_the_seed_plans_days()
    {
        await using var db = app.OpenDb();
        var duties = await db.ReportingDuties.Join(db.Plans, d => d.PlanId, p => p.Id, (d, p) => new { p.BrandId, d.DueDay, d.DueMonth })
            .Join(db.Brands, x => x.BrandId, b => b.Id, (x, b) => new { b.Slug, x.DueDay, x.DueMonth }).ToListAsync();
        Assert.Contains(duties, d => d is { Slug: "gia-lai", DueDay: 10, DueMonth: 11 });
        Assert.Contains(duties, d => d is { Slug: "dong-nai", DueDay: 5, DueMonth: 11 });
        Assert.Contains(duties, d => d is { Slug: "dong-nai", DueDay: 15, DueMonth: 11 });
        Assert.Contains(duties, d => d is { Slug: "dong-nai", DueDay: null });
        Assert.All(duties.Where(d => d.Slug == "tan-minh"), d => Assert.Null(d.DueDay));
        Assert.Contains(duties, d => d.Slug == "tan-minh");
    }

    [Fact]
    public async Task The_city_plan_lists_on_06_11_2026_the_units_that_missed_05_11_and_later_only_the_one_still_silent()
    {
        var plan = DemoPlans.PlanId("dong-nai/quang-ba-ra-nuoc-ngoai-2026-2030");
        await using var sixth = new PlanScene(app).At(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.FromHours(7)));
        var onSixth = (await PlanScene.Client(sixth).QueryAsync(PlanScene.Status, new { p = plan, y = 2026 })).Ok().GetProperty("reportingStatus");
        Assert.Equal(["Sở Khoa học và Công nghệ", "Liên hiệp các tổ chức hữu nghị thành phố"], onSixth.GetProperty("lateUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["REPORTED", "LATE", "REPORTED", "REPORTED", "LATE", "DUE", "ON_REQUEST"], States(onSixth));

        // The friendship union reported on 07/11 (late); the department sent its summary on 14/11.
        await using var twentieth = new PlanScene(app).At(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));
        var onTwentieth = (await PlanScene.Client(twentieth).QueryAsync(PlanScene.Status, new { p = plan, y = 2026 })).Ok().GetProperty("reportingStatus");
        Assert.Equal(["Sở Khoa học và Công nghệ"], onTwentieth.GetProperty("lateUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["REPORTED", "LATE", "REPORTED", "REPORTED", "REPORTED", "REPORTED", "ON_REQUEST"], States(onTwentieth));
        Assert.True(onTwentieth.GetProperty("duties")[4].GetProperty("submittedLate").GetBoolean());
    }

    private static List<string> States(System.Text.Json.JsonElement status) =>
        [.. status.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("state").GetString()!)];
}
