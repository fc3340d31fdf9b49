using BrandContent.Access;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Plans;

/// <summary>Tasks carry the six "rõ" of the Đồng Nai plan; a task missing any is refused, one problem per missing field.</summary>
public sealed class PlanTaskTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Link = "mutation($t: ID!, $e: [EvidenceInput!]!) { linkTaskEvidence(task: $t, evidence: $e) { evidence { kind id title } } }";
    private const string Unlink = "mutation($t: ID!, $e: [EvidenceInput!]!) { unlinkTaskEvidence(task: $t, evidence: $e) { evidence { kind id } } }";
    private const string Progress = "mutation($t: ID!, $i: TaskProgressInput!) { addTaskProgress(task: $t, input: $i) { on by note recordedBy } }";
    private const string Tasks = "query($p: ID!, $s: TaskStatus) { tasks(plan: $p, status: $s) { id status } }";

    private readonly PlanScene scene = new(app);

    [Fact]
    public async Task A_task_without_a_result_is_refused_with_one_problem_on_the_expected_result_in_the_callers_language()
    {
        var (_, plan) = await scene.PlanAsync();
        var input = PlanScene.TaskInput(expectedResult: null);

        var english = await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = plan, i = input }, "en");
        Assert.Equal([("expectedResult", "SIX_CLEAR")], PlanScene.Problems(english));
        Assert.Contains("\"rõ kết quả\" is missing", PlanScene.Messages(english)[0]);

        var vietnamese = await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = plan, i = PlanScene.With(input, "expectedResult", "   ") }, "vi");
        Assert.Equal([("expectedResult", "SIX_CLEAR")], PlanScene.Problems(vietnamese));
        Assert.Contains("nhiệm vụ này chưa rõ kết quả", PlanScene.Messages(vietnamese)[0]);

        await using var db = app.OpenDb();
        Assert.False(await db.PlanTasks.AnyAsync(t => t.PlanId == plan));
    }

    [Fact]
    public async Task A_task_missing_several_of_the_six_gets_one_problem_for_each_missing_field()
    {
        var (_, plan) = await scene.PlanAsync();
        var response = await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = plan, i = new { work = "Tuyên truyền về Đồng Nai trên báo chí Trung ương" } });

        Assert.Equal(
            [("leadUnit", "SIX_CLEAR"), ("responsibility", "SIX_CLEAR"), ("startsOn", "SIX_CLEAR"), ("endsOn", "SIX_CLEAR"), ("budgetSource", "SIX_CLEAR"), ("expectedResult", "SIX_CLEAR")],
            PlanScene.Problems(response));
    }

    [Fact]
    public async Task A_task_is_created_changed_noted_and_given_evidence_of_its_own_brand_and_each_step_is_audited()
    {
        var (brand, plan) = await scene.PlanAsync();
        var input = PlanScene.With(PlanScene.TaskInput(), "budgetAmount", 150_000_000m);
        input["budgetCurrency"] = "vnd";
        input["evidence"] = new[] { new { kind = "STORY", id = brand.Story.Id } };
        var created = await scene.TaskAsync(plan, input);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal((1, "NOT_STARTED", 150_000_000m, "VND"), (created.GetProperty("position").GetInt32(), created.GetProperty("status").GetString(),
            created.GetProperty("budgetAmount").GetDecimal(), created.GetProperty("budgetCurrency").GetString()));
        Assert.Equal(["Các Sở, ban, ngành", "UBND các huyện, thành phố"], created.GetProperty("cooperatingUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal([("STORY", brand.Story.Id)], created.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("id").GetGuid())));

        var updated = (await app.GraphQL().QueryAsync(PlanScene.UpdateTask, new { id, v = created.GetProperty("version").GetInt64(), i = PlanScene.With(PlanScene.TaskInput(), "status", "IN_PROGRESS") }))
            .Ok().GetProperty("updateTask");
        Assert.Equal("IN_PROGRESS", updated.GetProperty("status").GetString());
        Assert.Single(updated.GetProperty("evidence").EnumerateArray()); // left out of the input: kept
        Assert.Equal(["CONFLICT"], (await app.GraphQL().QueryAsync(PlanScene.UpdateTask, new { id, v = created.GetProperty("version").GetInt64(), i = PlanScene.TaskInput() })).ErrorCodes);

        var note = (await app.GraphQL().QueryAsync(Progress, new { t = id, i = new { on = "2024-09-16", by = "Sở Thông tin và Truyền thông", note = "Dự thảo đã gửi lấy ý kiến." } }))
            .Ok().GetProperty("addTaskProgress");
        Assert.Equal(("2024-09-16", AdminKeyBootstrap.KeyName), (note.GetProperty("on").GetString(), note.GetProperty("recordedBy").GetString()));

        var linked = (await app.GraphQL().QueryAsync(Link, new { t = id, e = new[] { new { kind = "EVENT", id = brand.Event.Id }, new { kind = "ASSET", id = brand.Image.Id } } }))
            .Ok().GetProperty("linkTaskEvidence").GetProperty("evidence");
        Assert.Equal(3, linked.GetArrayLength());
        var unlinked = (await app.GraphQL().QueryAsync(Unlink, new { t = id, e = new[] { new { kind = "STORY", id = brand.Story.Id } } })).Ok().GetProperty("unlinkTaskEvidence").GetProperty("evidence");
        Assert.Equal(["EVENT", "ASSET"], unlinked.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Order().Reverse());

        await using var db = app.OpenDb();
        var audit = await db.AuditEntries.Where(a => a.TargetKind == "PlanTask" && a.TargetId == id).OrderBy(a => a.At).Select(a => a.Operation).ToListAsync();
        Assert.Equal(["createTask", "updateTask", "addTaskProgress", "linkTaskEvidence", "unlinkTaskEvidence"], audit);
    }

    [Fact]
    public async Task Evidence_from_another_brand_or_with_a_made_up_id_is_refused()
    {
        var (_, plan) = await scene.PlanAsync();
        var other = await scene.Posts.BrandAsync();
        var madeUp = Guid.NewGuid();
        var input = PlanScene.With(PlanScene.TaskInput(), "evidence", new[] { new { kind = "STORY", id = other.Story.Id }, new { kind = "EVENT", id = madeUp } });

        var refused = await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = plan, i = input });
        Assert.Equal([("evidence.id", "REFERENCE"), ("evidence.id", "REFERENCE")], PlanScene.Problems(refused));

        var task = (await scene.TaskAsync(plan)).GetProperty("id").GetGuid();
        var link = await app.GraphQL().QueryAsync(Link, new { t = task, e = new[] { new { kind = "ASSET", id = other.Image.Id } } });
        Assert.Equal([("evidence.id", "REFERENCE")], PlanScene.Problems(link));
        var notEvidence = await app.GraphQL().QueryAsync(Link, new { t = task, e = new[] { new { kind = "PILLAR", id = other.Pillar.Id } } });
        Assert.Equal([("evidence.kind", "FORMAT")], PlanScene.Problems(notEvidence));

        await using var db = app.OpenDb();
        Assert.False(await db.PlanTaskEvidence.AnyAsync(e => e.TaskId == task));
    }

    [Fact]
    public async Task A_task_past_its_end_date_in_Viet_Nam_reads_overdue_and_overdue_cannot_be_set()
    {
        var (_, plan) = await scene.PlanAsync();
        var open = (await scene.TaskAsync(plan, PlanScene.TaskInput(startsOn: "2025-01-01", endsOn: "2025-12-31"))).GetProperty("id").GetGuid();
        var done = (await scene.TaskAsync(plan, PlanScene.With(PlanScene.TaskInput(startsOn: "2025-01-01", endsOn: "2025-12-31"), "status", "DONE"))).GetProperty("id").GetGuid();

        // 31/12 17:30 UTC is already 01/01 in Việt Nam (UTC+7).
        await using var lastDay = scene.At(new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero));
        await using var nextDay = scene.At(new DateTimeOffset(2025, 12, 31, 17, 30, 0, TimeSpan.Zero));
        Assert.Empty((await PlanScene.Client(lastDay).QueryAsync(Tasks, new { p = plan, s = "OVERDUE" })).Ok().GetProperty("tasks").EnumerateArray());
        var overdue = (await PlanScene.Client(nextDay).QueryAsync(Tasks, new { p = plan, s = "OVERDUE" })).Ok().GetProperty("tasks");
        Assert.Equal([open], overdue.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
        Assert.Equal([done], (await PlanScene.Client(nextDay).QueryAsync(Tasks, new { p = plan, s = "DONE" })).Ok().GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));

        var setOverdue = await app.GraphQL().QueryAsync(PlanScene.UpdateTask, new { id = open, i = PlanScene.With(PlanScene.TaskInput(), "status", "OVERDUE") });
        Assert.Equal([("status", "FORMAT")], PlanScene.Problems(setOverdue));
    }
}
