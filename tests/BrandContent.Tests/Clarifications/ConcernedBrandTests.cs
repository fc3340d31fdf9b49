using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Clarifications;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>
/// A clarification's other brands concerned: checked item by item (forged ids, the owner, repeats, too many, brands
/// outside the editor's key), listed in each concerned brand's clarifications, readable there by a key of that brand
/// without opening the owner's content, announced in clarification.published and counted in the brand's report.
/// </summary>
public sealed class ConcernedBrandTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Update =
        "mutation($id: ID!, $i: ClarificationInput!) { updateClarification(id: $id, input: $i) { id values { name value } } }";

    private readonly ClarificationScene scene = new(app);

    private static string? Value(JsonElement entity, string name) =>
        entity.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name).GetProperty("value").GetString();

    [Fact]
    public async Task Forged_ids_the_owner_and_a_repeated_brand_are_refused_with_one_problem_each_in_the_callers_language()
    {
        var (owner, other) = (await scene.BrandAsync(), await scene.BrandAsync());
        var forged = Guid.NewGuid();
        var input = new { severity = "HIGH", markets = new[] { "KR" }, concernedBrands = new[] { forged, owner.Id, other.Id, other.Id } };

        var response = await scene.CreateAsync(owner.Slug, input, acceptLanguage: "vi");

        Assert.Equal(
            [("concernedBrands", "REFERENCE"), ("concernedBrands", ConcernedBrands.OwnerRule), ("concernedBrands", ConcernedBrands.RepeatedRule)],
            ClarificationInputTests.Problems(response).OrderBy(p => p.Rule == "REFERENCE" ? 0 : p.Rule == ConcernedBrands.OwnerRule ? 1 : 2));
        var messages = ClarificationInputTests.Messages(response).Select(m => m.Message).ToList();
        Assert.Contains(messages, m => m.Contains(forged.ToString(), StringComparison.OrdinalIgnoreCase) && m.Contains("không tồn tại", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("thương hiệu sở hữu", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("nhiều lần", StringComparison.Ordinal));
        Assert.Empty((await app.GraphQL().QueryAsync("query($b: String!) { clarifications(brand: $b, preview: true) { edges { node { id } } } }", new { b = owner.Slug }))
            .Ok().GetProperty("clarifications").GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task More_brands_than_the_maximum_are_refused_and_markup_or_a_non_id_never_reaches_the_rules()
    {
        var owner = await scene.BrandAsync();
        var many = Enumerable.Range(0, ConcernedBrands.Max + 1).Select(_ => Guid.NewGuid()).ToArray();
        Assert.Equal([("concernedBrands", "RANGE")], ClarificationInputTests.Problems(await scene.CreateAsync(owner.Slug, new { severity = "LOW", markets = new[] { "KR" }, concernedBrands = many })));

        var markup = await scene.CreateAsync(owner.Slug, new { severity = "LOW", markets = new[] { "KR" }, concernedBrands = new[] { "<script>alert(1)</script>" } });
        Assert.NotEmpty(markup.Errors);
        Assert.DoesNotContain("INTERNAL", markup.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_names_only_brands_their_key_covers_and_keeps_those_already_concerned()
    {
        var (owner, covered, outside) = (await scene.BrandAsync(), await scene.BrandAsync(), await scene.BrandAsync());
        var editor = await Keys.CreateAsync(app, "concerned editor", "EDITOR", brands: [owner.Slug, covered.Slug]);

        // Another scope's brand is refused exactly like an id that names nothing.
        Assert.Equal(
            [("concernedBrands", "REFERENCE")],
            ClarificationInputTests.Problems(await scene.CreateAsync(owner.Slug, new { severity = "LOW", markets = new[] { "KR" }, concernedBrands = new[] { covered.Id, outside.Id } }, editor)));

        var created = (await scene.CreateAsync(owner.Slug, new { severity = "LOW", markets = new[] { "KR" }, concernedBrands = new[] { covered.Id } }, editor))
            .Ok().GetProperty("createClarification");
        Assert.Equal(covered.Id.ToString(), Value(created, "concernedBrands"));

        // An administrator adds a brand outside the editor's scope; the editor may save the clarification again with it, not add another.
        var id = created.GetProperty("id").GetGuid();
        (await app.GraphQL().QueryAsync(Update, new { id, i = new { severity = "LOW", markets = new[] { "KR" }, concernedBrands = new[] { covered.Id, outside.Id } } })).Ok();
        var kept = (await app.GraphQL(editor).QueryAsync(Update, new { id, i = new { severity = "HIGH", markets = new[] { "KR" }, concernedBrands = new[] { covered.Id, outside.Id } } }))
            .Ok().GetProperty("updateClarification");
        Assert.Equal($"{covered.Id}, {outside.Id}", Value(kept, "concernedBrands"));
        var third = await scene.BrandAsync();
        Assert.Equal(
            [("concernedBrands", "REFERENCE")],
            ClarificationInputTests.Problems(await app.GraphQL(editor).QueryAsync(Update, new { id, i = new { severity = "HIGH", markets = new[] { "KR" }, concernedBrands = new[] { covered.Id, third.Id } } })));
    }

    [Fact]
    public async Task A_published_clarification_is_listed_for_every_brand_it_concerns_and_a_draft_only_for_its_owner()
    {
        var (owner, concerned, unrelated) = (await scene.BrandAsync(), await scene.BrandAsync(), await scene.BrandAsync());
        var keys = await Keys.ForEveryRoleAsync(app);

        // Asked (and kept in the response cache) before the owner publishes: the publication must still show.
        Assert.Empty(await scene.ClarificationsAsync(concerned.Slug, keys["PARTNER"]));
        var id = await DraftConcerningAsync(owner, concerned);
        Assert.Empty(await PreviewAsync(concerned.Slug));
        Assert.Single(await PreviewAsync(owner.Slug));

        (await scene.PublishNowAsync(id)).Ok();

        var fields = "id brand { slug } concernedBrands { slug }";
        var listed = Assert.Single(await scene.ClarificationsAsync(concerned.Slug, keys["PARTNER"], fields: fields));
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(owner.Slug, listed.GetProperty("brand").GetProperty("slug").GetString());
        Assert.Equal([concerned.Slug], listed.GetProperty("concernedBrands").EnumerateArray().Select(b => b.GetProperty("slug").GetString()));
        Assert.Equal(id, Assert.Single(await scene.ClarificationsAsync(owner.Slug, keys["PARTNER"])).GetProperty("id").GetGuid());
        Assert.Equal(id, Assert.Single(await scene.ClarificationsAsync(concerned.Slug, keys["PARTNER"], market: "KR")).GetProperty("id").GetGuid());
        Assert.Empty(await scene.ClarificationsAsync(unrelated.Slug, keys["PARTNER"]));

        // Paging through a concerned brand's list mixes its own clarifications with the owner's, each once.
        var own = await scene.DraftAsync(concerned.Slug, title: "Của chính thương hiệu");
        (await scene.PublishNowAsync(own)).Ok();
        var first = (await app.GraphQL(keys["PUBLIC"]).QueryAsync("query($b: String!) { clarifications(brand: $b, first: 1) { totalCount edges { node { id } } pageInfo { endCursor } } }", new { b = concerned.Slug }))
            .Ok().GetProperty("clarifications");
        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        var rest = (await app.GraphQL(keys["PUBLIC"]).QueryAsync(
                "query($b: String!, $a: String) { clarifications(brand: $b, first: 5, after: $a) { edges { node { id } } } }",
                new { b = concerned.Slug, a = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .Ok().GetProperty("clarifications");
        var ids = first.GetProperty("edges").EnumerateArray().Concat(rest.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("node").GetProperty("id").GetGuid()).ToList();
        Assert.Equal([own, id], ids);
    }

    [Fact]
    public async Task A_key_of_a_concerned_brand_reads_the_clarification_but_not_the_owning_brand_nor_its_stories()
    {
        // The demo's Gia Lai clarification also concerns Việt Nam (its plan: false information hurts "hình ảnh của tỉnh, của quốc gia").
        var national = await Keys.CreateAsync(app, "viet-nam partner", "PARTNER", brands: ["viet-nam"]);
        var served = Assert.Single(
            await scene.ClarificationsAsync("viet-nam", national, fields: "title brand { slug } concernedBrands { slug } relatedStories { title } markets { code }"),
            c => c.GetProperty("markets").GetArrayLength() == 3);
        Assert.Equal(JsonValueKind.Null, served.GetProperty("brand").ValueKind);
        Assert.Empty(served.GetProperty("relatedStories").EnumerateArray());
        Assert.Equal(["viet-nam"], served.GetProperty("concernedBrands").EnumerateArray().Select(b => b.GetProperty("slug").GetString()));
        Assert.Contains("Chư Đăng Ya", served.GetProperty("title").GetString(), StringComparison.Ordinal);

        // The owner's list and content stay out of that key's reach.
        foreach (var query in new[] { "{ clarifications(brand: \"gia-lai\") { totalCount } }", "{ stories(brand: \"gia-lai\", first: 1) { edges { node { id } } } }" })
        {
            Assert.Equal(["OUT_OF_SCOPE"], (await app.GraphQL(national).QueryAsync(query)).ErrorCodes);
        }

        // A key of the owner sees the owner, its related story, and the concerned brand.
        var provincial = Assert.Single(
            await scene.ClarificationsAsync("gia-lai", BrandContentApp.AdminToken, fields: "brand { slug } relatedStories { title } concernedBrands { slug } markets { code }"),
            c => c.GetProperty("markets").GetArrayLength() == 3);
        Assert.Equal("gia-lai", provincial.GetProperty("brand").GetProperty("slug").GetString());
        Assert.Single(provincial.GetProperty("relatedStories").EnumerateArray());
    }

    [Fact]
    public async Task Clarification_published_names_the_concerned_brands()
    {
        var (owner, concerned) = (await scene.BrandAsync(), await scene.BrandAsync());
        var id = await DraftConcerningAsync(owner, concerned);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await app.DispatcherAsync();
        await host.GraphQL().CreateWebhookAsync(receiver.Url, ["clarification.published"], brands: [owner.Slug]);

        (await scene.PublishNowAsync(id)).Ok();

        var data = JsonDocument.Parse(Assert.Single(await receiver.WaitForAsync(r => r.Count == 1)).Body).RootElement.GetProperty("data");
        Assert.Equal(owner.Slug, data.GetProperty("brand").GetString());
        Assert.Equal([concerned.Slug], data.GetProperty("concernedBrands").EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task The_incident_a_clarification_answers_counts_in_the_report_of_each_brand_it_concerns()
    {
        var report = (await app.GraphQL().QueryAsync(
                "{ yearlyReport(brand: \"viet-nam\", year: 2026) { incidents { answered items { summary clarificationId mentionCount } } } }"))
            .Ok().GetProperty("yearlyReport").GetProperty("incidents");
        var incident = Assert.Single(report.GetProperty("items").EnumerateArray());
        Assert.Contains("Chư Đăng Ya", incident.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, incident.GetProperty("mentionCount").GetInt32());
        Assert.Equal(1, report.GetProperty("answered").GetInt32());

        var markdown = await (await Reports.ReportScene.GetAsync(app, "/reports/viet-nam/2026.md", BrandContentApp.AdminToken)).Content.ReadAsStringAsync();
        Assert.Contains("Một bản đính chính được tính cho mọi thương hiệu mà nó liên quan", markdown, StringComparison.Ordinal);
        Assert.Contains("Chư Đăng Ya", markdown, StringComparison.Ordinal);
    }

    private async Task<Guid> DraftConcerningAsync(Brand owner, Brand concerned)
    {
        var id = (await scene.CreateAsync(owner.Slug, new { severity = "HIGH", markets = new[] { "KR", "JP", "US" }, concernedBrands = new[] { concerned.Id } }))
            .Ok().GetProperty("createClarification").GetProperty("id").GetGuid();
        await scene.Editing.UpsertOkAsync(ClarificationScene.Kind, id, "vi", null, new { title = "Không có chuyện đó", claim = "“Lễ hội đã bị hủy.”", facts = "Lễ hội **vẫn diễn ra**." });
        return id;
    }

    private async Task<List<JsonElement>> PreviewAsync(string brand) =>
        [.. (await app.GraphQL().QueryAsync("query($b: String!) { clarifications(brand: $b, preview: true) { edges { node { id } } } }", new { b = brand }))
            .Ok().GetProperty("clarifications").GetProperty("edges").EnumerateArray()];
}
