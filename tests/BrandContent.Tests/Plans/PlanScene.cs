using System.Text.Json;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Plans;

/// <summary>A clock that says one instant: "now" for judging deadlines and overdue tasks.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

/// <summary>Plans, tasks and duties made through the API, as an editor would, on a brand of the test's own.</summary>
public sealed class PlanScene(BrandContentApp app)
{
    public const string PlanFields = "id brand number issuedOn title titles { name value } issuingBody startsOn endsOn parentPlan { id } version";
    public const string TaskFields = "id position leadUnit cooperatingUnits work responsibility startsOn endsOn budgetAmount budgetCurrency budgetSource expectedResult status version evidence { kind id title } progress { on by note recordedBy }";
    public const string CreatePlan = $"mutation($b: String!, $i: PlanInput!) {{ createPlan(brand: $b, input: $i) {{ {PlanFields} }} }}";
    public const string UpdatePlan = $"mutation($id: ID!, $i: PlanInput!) {{ updatePlan(id: $id, input: $i) {{ {PlanFields} }} }}";
    public const string CreateTask = $"mutation($p: ID!, $i: TaskInput!) {{ createTask(plan: $p, input: $i) {{ {TaskFields} }} }}";
    public const string UpdateTask = $"mutation($id: ID!, $v: Long, $i: TaskInput!) {{ updateTask(id: $id, expectedVersion: $v, input: $i) {{ {TaskFields} }} }}";
    public const string CreateDuty = "mutation($p: ID!, $i: ReportingDutyInput!) { createReportingDuty(plan: $p, input: $i) { id dueDay dueMonth onRequest } }";
    public const string RecordReport = "mutation($d: ID!, $i: ReportInput!) { recordReport(duty: $d, input: $i) { id year submittedAt submittedBy } }";
    public const string Status = "query($p: ID!, $y: Int!) { reportingStatus(plan: $p, year: $y) { asOf lateUnits duties { reportingUnit deadline state submittedAt submittedLate daysLate } } }";

    public PostScene Posts { get; } = new(app);

    public static object PlanInput(string? number = "183/KH-UBND", string title = "Kế hoạch truyền thông", string? parentPlan = null, int? fromYear = null, int? toYear = null) => new
    {
        number,
        issuedOn = number is null ? null : "2024-05-23",
        titles = new[] { new { locale = "vi", text = title } },
        issuingBody = "UBND tỉnh Đồng Nai",
        startsOn = fromYear is null ? "2024-05-23" : null,
        endsOn = toYear is null ? "2025-12-31" : null,
        fromYear,
        toYear,
        parentPlan,
    };

    /// <summary>A task with all six "rõ"; pass null to leave one out.</summary>
    public static Dictionary<string, object?> TaskInput(
        string? leadUnit = "Sở Thông tin và Truyền thông", string? work = "Xây dựng bộ từ khóa truyền thông của tỉnh", string? responsibility = "Chủ trì xây dựng và hướng dẫn sử dụng",
        string? startsOn = "2026-01-01", string? endsOn = "2030-12-31", string? budgetSource = "Ngân sách tỉnh", string? expectedResult = "Bộ từ khóa được công bố") => new()
        {
            ["leadUnit"] = leadUnit,
            ["cooperatingUnits"] = new[] { "Các Sở, ban, ngành", "UBND các huyện, thành phố" },
            ["work"] = work,
            ["responsibility"] = responsibility,
            ["startsOn"] = startsOn,
            ["endsOn"] = endsOn,
            ["budgetSource"] = budgetSource,
            ["expectedResult"] = expectedResult,
        };

    public static Dictionary<string, object?> With(Dictionary<string, object?> input, string field, object? value) => new(input) { [field] = value };

    public async Task<(PostBrand Brand, Guid Plan)> PlanAsync()
    {
        var brand = await Posts.BrandAsync();
        var plan = (await app.GraphQL().QueryAsync(CreatePlan, new { b = brand.Slug, i = PlanInput() })).Ok().GetProperty("createPlan").GetProperty("id").GetGuid();
        return (brand, plan);
    }

    public async Task<JsonElement> TaskAsync(Guid plan, object? input = null) =>
        (await app.GraphQL().QueryAsync(CreateTask, new { p = plan, i = input ?? TaskInput() })).Ok().GetProperty("createTask");

    public async Task<Guid> DutyAsync(Guid plan, string unit, int? day, int? month, bool onRequest = false) =>
        (await app.GraphQL().QueryAsync(CreateDuty, new { p = plan, i = new { reportingUnit = unit, recipientUnit = "Sở Văn hóa, Thể thao và Du lịch", dueDay = day, dueMonth = month, onRequest } }))
            .Ok().GetProperty("createReportingDuty").GetProperty("id").GetGuid();

    /// <summary>A server on the same database whose "now" is <paramref name="now"/>.</summary>
    public WebApplicationFactory<Program> At(DateTimeOffset now) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(now))));

    public static GraphQLClient Client(WebApplicationFactory<Program> host) => new(host.CreateClient(), BrandContentApp.AdminToken);

    public static List<(string Field, string Rule)> Problems(GraphQLResponse response)
    {
        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        return [.. response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("rule").GetString()!))];
    }

    public static List<string> Messages(GraphQLResponse response) =>
        [.. response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString()!)];
}
