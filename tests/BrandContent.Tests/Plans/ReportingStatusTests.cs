using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Plans;

/// <summary>Who has reported under a plan and who is late, judged on the day it is in Việt Nam by the time provider.</summary>
public sealed class ReportingStatusTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly PlanScene scene = new(app);

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task A_unit_that_missed_05_11_is_listed_late_on_06_11_but_not_on_04_11()
    {
        var (_, plan) = await scene.PlanAsync();
        var reported = await scene.DutyAsync(plan, "Sở Ngoại vụ", 5, 11);
        await scene.DutyAsync(plan, "Sở Khoa học và Công nghệ", 5, 11);
        await scene.DutyAsync(plan, "Sở Văn hóa, Thể thao và Du lịch", 15, 11);
        await using var before = scene.At(new DateTimeOffset(2026, 11, 4, 9, 0, 0, Vietnam));
        (await PlanScene.Client(before).QueryAsync(PlanScene.RecordReport, new { d = reported, i = new { year = 2026, submittedAt = "2026-11-03T10:00:00+07:00", submittedBy = "Sở Ngoại vụ", summary = "Kết quả năm 2026" } })).Ok();

        var onFourth = (await PlanScene.Client(before).QueryAsync(PlanScene.Status, new { p = plan, y = 2026 })).Ok().GetProperty("reportingStatus");
        Assert.Equal("2026-11-04", onFourth.GetProperty("asOf").GetString());
        Assert.Empty(onFourth.GetProperty("lateUnits").EnumerateArray());
        Assert.Equal(["REPORTED", "DUE", "DUE"], States(onFourth));

        // The last day counts: all of 05/11 in Việt Nam is still on time.
        await using var lastHour = scene.At(new DateTimeOffset(2026, 11, 5, 23, 59, 0, Vietnam));
        Assert.Empty((await PlanScene.Client(lastHour).QueryAsync(PlanScene.Status, new { p = plan, y = 2026 })).Ok().GetProperty("reportingStatus").GetProperty("lateUnits").EnumerateArray());

        // 06/11 00:30 in Việt Nam is still 05/11 in UTC.
        await using var after = scene.At(new DateTimeOffset(2026, 11, 6, 0, 30, 0, Vietnam));
        var onSixth = (await PlanScene.Client(after).QueryAsync(PlanScene.Status, new { p = plan, y = 2026 })).Ok().GetProperty("reportingStatus");
        Assert.Equal(["Sở Khoa học và Công nghệ"], onSixth.GetProperty("lateUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["REPORTED", "LATE", "DUE"], States(onSixth));
        var late = onSixth.GetProperty("duties")[1];
        Assert.Equal(("2026-11-05", 1), (late.GetProperty("deadline").GetString(), late.GetProperty("daysLate").GetInt32()));

        // Another year's report does not answer this year's duty.
        Assert.Equal(["DUE", "DUE", "DUE"], States((await PlanScene.Client(before).QueryAsync(PlanScene.Status, new { p = plan, y = 2027 })).Ok().GetProperty("reportingStatus")));
    }

    [Fact]
    public async Task A_duty_on_request_is_never_late_and_lists_what_it_received()
    {
        var (_, plan) = await scene.PlanAsync();
        var onRequest = await scene.DutyAsync(plan, "Phòng Văn hóa - Xã hội", null, null, onRequest: true);
        await using var yearEnd = scene.At(new DateTimeOffset(2027, 12, 31, 23, 0, 0, Vietnam));
        var client = PlanScene.Client(yearEnd);
        foreach (var year in new[] { 2026, 2027 })
        {
            var status = (await client.QueryAsync(PlanScene.Status, new { p = plan, y = year })).Ok().GetProperty("reportingStatus");
            Assert.Equal(["ON_REQUEST"], States(status));
            Assert.Empty(status.GetProperty("lateUnits").EnumerateArray());
        }

        (await client.QueryAsync(PlanScene.RecordReport, new { d = onRequest, i = new { year = 2027, submittedBy = "Phòng Văn hóa - Xã hội", summary = "Báo cáo đột xuất" } })).Ok();
        var after = (await client.QueryAsync(PlanScene.Status, new { p = plan, y = 2027 })).Ok().GetProperty("reportingStatus").GetProperty("duties")[0];
        Assert.Equal(("ON_REQUEST", "2027-12-31T16:00:00+00:00"), (after.GetProperty("state").GetString(), after.GetProperty("submittedAt").GetString()));
    }

    [Fact]
    public async Task A_report_received_after_the_deadline_counts_as_reported_late_by_its_days()
    {
        var (_, plan) = await scene.PlanAsync();
        var duty = await scene.DutyAsync(plan, "Liên hiệp các tổ chức hữu nghị thành phố", 5, 11);
        await using var later = scene.At(new DateTimeOffset(2026, 11, 30, 12, 0, 0, Vietnam));
        (await PlanScene.Client(later).QueryAsync(PlanScene.RecordReport, new { d = duty, i = new { year = 2026, submittedAt = "2026-11-07T09:10:00+07:00", submittedBy = "Liên hiệp", summary = "Giao lưu nhân dân" } })).Ok();
        var status = (await PlanScene.Client(later).QueryAsync(PlanScene.Status, new { p = plan, y = 2026 })).Ok().GetProperty("reportingStatus").GetProperty("duties")[0];
        Assert.Equal(("REPORTED", true, 2), (status.GetProperty("state").GetString(), status.GetProperty("submittedLate").GetBoolean(), status.GetProperty("daysLate").GetInt32()));
    }

    [Fact]
    public async Task Duties_and_reports_with_impossible_days_years_or_times_are_refused_field_by_field()
    {
        var (_, plan) = await scene.PlanAsync();
        var badDay = await app.GraphQL().QueryAsync(PlanScene.CreateDuty, new { p = plan, i = new { reportingUnit = "Sở", recipientUnit = "UBND", dueDay = 31, dueMonth = 4 } });
        Assert.Equal([("dueDay", "RANGE")], PlanScene.Problems(badDay));
        var noDay = await app.GraphQL().QueryAsync(PlanScene.CreateDuty, new { p = plan, i = new { reportingUnit = "Sở", recipientUnit = "UBND", dueMonth = 13 } });
        Assert.Equal([("dueMonth", "RANGE"), ("dueDay", "REQUIRED")], PlanScene.Problems(noDay));
        var leap = await scene.DutyAsync(plan, "Sở", 29, 2);

        var report = await app.GraphQL().QueryAsync(PlanScene.RecordReport, new
        {
            d = leap,
            i = new { year = 99_999, submittedAt = DateTimeOffset.UtcNow.AddDays(2), submittedBy = "Sở", summary = "x", documentUrl = "javascript:alert(1)" },
        });
        Assert.Equal([("year", "RANGE"), ("submittedAt", "RANGE"), ("documentUrl", "URL")], PlanScene.Problems(report));
        Assert.Equal([("year", "RANGE")], PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.Status, new { p = plan, y = -1 })));

        // 29/02 falls on 28/02 outside leap years.
        await using var march = scene.At(new DateTimeOffset(2027, 3, 1, 8, 0, 0, Vietnam));
        var status = (await PlanScene.Client(march).QueryAsync(PlanScene.Status, new { p = plan, y = 2027 })).Ok().GetProperty("reportingStatus").GetProperty("duties")[0];
        Assert.Equal(("2027-02-28", "LATE"), (status.GetProperty("deadline").GetString(), status.GetProperty("state").GetString()));
    }

    private static List<string> States(System.Text.Json.JsonElement status) =>
        [.. status.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("state").GetString()!)];
}
