using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Plans;

/// <summary>What an attacker or a careless import would send to plans and tasks: refused field by field, never a 500.</summary>
public sealed class PlanInputTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly PlanScene scene = new(app);

    [Fact]
    public async Task A_plan_is_created_with_its_period_in_years_and_changed_by_its_brands_editor()
    {
        var brand = await scene.Posts.BrandAsync();
        var created = (await app.GraphQL().QueryAsync(PlanScene.CreatePlan, new { b = brand.Slug, i = PlanScene.PlanInput(number: "183/KH-UBND", fromYear: 2024, toYear: 2025) }))
            .Ok().GetProperty("createPlan");
        Assert.Equal(("183/KH-UBND", "2024-01-01", "2025-12-31", brand.Slug), (created.GetProperty("number").GetString(), created.GetProperty("startsOn").GetString(),
            created.GetProperty("endsOn").GetString(), created.GetProperty("brand").GetString()));

        var draft = (await app.GraphQL().QueryAsync(PlanScene.UpdatePlan, new { id = created.GetProperty("id").GetGuid(), i = PlanScene.PlanInput(number: null, title: "Dự thảo") }))
            .Ok().GetProperty("updatePlan");
        Assert.Equal((null, "Dự thảo"), (draft.GetProperty("number").GetString(), draft.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Control_characters_markup_and_malformed_numbers_are_refused_in_every_text_field()
    {
        var brand = await scene.Posts.BrandAsync();
        var plan = await app.GraphQL().QueryAsync(PlanScene.CreatePlan, new { b = brand.Slug, i = PlanScene.PlanInput(number: "183/KH\u0007UBND", title: "Kế hoạch <script>alert(1)</script>") });
        Assert.Equal([("number", "CONTROL_CHARACTER"), ("number", "FORMAT"), ("titles.vi", "MARKUP")], PlanScene.Problems(plan));
        Assert.Equal([("number", "FORMAT")], PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.CreatePlan, new { b = brand.Slug, i = PlanScene.PlanInput(number: "../../etc/passwd") })));

        var (_, planId) = await scene.PlanAsync();
        var input = PlanScene.TaskInput(leadUnit: "Sở\u001b[31m", work: "<img src=x onerror=alert(1)>", responsibility: "Chủ trì\u0000");
        input["cooperatingUnits"] = new[] { "<b>UBND</b>" };
        // A NUL is refused before any rule of ours runs: PostgreSQL cannot store it.
        var task = await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = planId, i = input });
        Assert.Equal([("input.responsibility", "INVALID_CHARACTER")], PlanScene.Problems(task));

        var noNul = PlanScene.TaskInput(leadUnit: "Sở\u001b[31m", work: "<img src=x onerror=alert(1)>");
        noNul["cooperatingUnits"] = new[] { "<b>UBND</b>" };
        Assert.Equal(
            [("leadUnit", "CONTROL_CHARACTER"), ("work", "MARKUP"), ("cooperatingUnits[0]", "MARKUP")],
            PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = planId, i = noNul })));

        // Arithmetic that merely looks like a tag opener is plain text.
        (await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = planId, i = PlanScene.TaskInput(expectedResult: "Tỷ lệ tin tích cực > 60% và tin tiêu cực < 5%") })).Ok();
    }

    [Fact]
    public async Task Huge_values_are_refused_with_their_limits()
    {
        var (_, plan) = await scene.PlanAsync();
        var input = PlanScene.TaskInput(work: new string('x', 100_000), startsOn: "0001-01-01");
        input["budgetAmount"] = 1_000_000_000_000_000_000m;
        input["budgetCurrency"] = "VIETNAMESE-DONG";
        input["position"] = int.MaxValue;
        input["cooperatingUnits"] = Enumerable.Repeat("Sở", 1_000).ToArray();
        Assert.Equal(
            [("work", "MAX_LENGTH"), ("cooperatingUnits", "RANGE"), ("startsOn", "RANGE"), ("budgetAmount", "RANGE"), ("budgetCurrency", "FORMAT"), ("position", "RANGE")],
            PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = plan, i = input })));

        var enormous = await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = plan, i = PlanScene.With(PlanScene.TaskInput(), "budgetAmount", 1e300) });
        Assert.Equal(["INVALID_VALUE"], enormous.ErrorCodes);

        var brand = await scene.Posts.BrandAsync();
        var years = await app.GraphQL().QueryAsync(PlanScene.CreatePlan, new { b = brand.Slug, i = PlanScene.PlanInput(fromYear: -5, toYear: 1_000_000) });
        Assert.Equal([("fromYear", "RANGE"), ("toYear", "RANGE")], PlanScene.Problems(years));
    }

    [Fact]
    public async Task Forged_ids_and_another_brands_plans_are_refused()
    {
        var (brand, plan) = await scene.PlanAsync();
        var missing = Guid.NewGuid();
        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(PlanScene.CreateTask, new { p = missing, i = PlanScene.TaskInput() })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(PlanScene.UpdateTask, new { id = missing, i = PlanScene.TaskInput() })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(PlanScene.RecordReport, new { d = missing, i = new { year = 2026, submittedBy = "x", summary = "x" } })).ErrorCodes);
        Assert.Equal([("parentPlan", "REFERENCE")], PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.UpdatePlan, new { id = plan, i = PlanScene.PlanInput(parentPlan: missing.ToString()) })));
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], (await app.GraphQL().QueryAsync("{ plan(id: \"1 OR 1=1\") { id } }")).ErrorCodes.Distinct());

        // An editor of another brand sees and changes none of this brand's plans.
        var other = await scene.Posts.BrandAsync();
        var key = await Keys.CreateAsync(app, "other brand's editor", "EDITOR", brands: [other.Slug]);
        var outsider = app.GraphQL(key);
        Assert.Equal(["OUT_OF_SCOPE"], (await outsider.QueryAsync("query($id: ID!) { plan(id: $id) { id } }", new { id = plan })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await outsider.QueryAsync(PlanScene.Status, new { p = plan, y = 2026 })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await outsider.QueryAsync("{ plans(brand: \"dong-nai\") { id } }")).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await outsider.QueryAsync(PlanScene.CreateTask, new { p = plan, i = PlanScene.TaskInput() })).ErrorCodes);

        // A plan of the brand may carry out one of another brand only when that brand is above it.
        var otherPlan = (await app.GraphQL().QueryAsync(PlanScene.CreatePlan, new { b = other.Slug, i = PlanScene.PlanInput() })).Ok().GetProperty("createPlan").GetProperty("id").GetString();
        Assert.Equal([("parentPlan", "PLAN_PARENT")], PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.UpdatePlan, new { id = plan, i = PlanScene.PlanInput(parentPlan: otherPlan) })));
        await using var db = app.OpenDb();
        var national = await db.Plans.Where(p => p.Number == "173/QĐ-TTg").Select(p => p.Id).SingleAsync();
        var giaLai = await db.Plans.Join(db.Brands, p => p.BrandId, b => b.Id, (p, b) => new { p.Id, b.Slug }).Where(x => x.Slug == "gia-lai").Select(x => x.Id).FirstAsync();
        var inGiaLai = (await app.GraphQL().QueryAsync(PlanScene.CreatePlan, new { b = "gia-lai", i = PlanScene.PlanInput(parentPlan: national.ToString()) })).Ok().GetProperty("createPlan");
        Assert.Equal(national, inGiaLai.GetProperty("parentPlan").GetProperty("id").GetGuid());
        Assert.NotEqual(giaLai, inGiaLai.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_plan_cannot_carry_itself_out_directly_or_through_its_children()
    {
        var brand = await scene.Posts.BrandAsync();
        async Task<string> CreateAsync(string? parent) =>
            (await app.GraphQL().QueryAsync(PlanScene.CreatePlan, new { b = brand.Slug, i = PlanScene.PlanInput(parentPlan: parent) })).Ok().GetProperty("createPlan").GetProperty("id").GetString()!;
        var top = await CreateAsync(null);
        var middle = await CreateAsync(top);
        var bottom = await CreateAsync(middle);

        Assert.Equal([("parentPlan", "PLAN_CYCLE")], PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.UpdatePlan, new { id = top, i = PlanScene.PlanInput(parentPlan: top) })));
        Assert.Equal([("parentPlan", "PLAN_CYCLE")], PlanScene.Problems(await app.GraphQL().QueryAsync(PlanScene.UpdatePlan, new { id = top, i = PlanScene.PlanInput(parentPlan: bottom) })));
        (await app.GraphQL().QueryAsync(PlanScene.UpdatePlan, new { id = bottom, i = PlanScene.PlanInput(parentPlan: top) })).Ok();
    }
}
