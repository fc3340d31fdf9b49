using System.Net;
using System.Net.Http.Headers;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Keywords;

/// <summary>A keyword set goes through the same workflow, history, translation, XLIFF and glossary as every kind, and reaches partners.</summary>
public sealed class KeywordSetTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Query = "query($b: String!, $l: String, $m: String, $p: String) { keywordSets(brand: $b, locale: $l, market: $m, pillar: $p) "
        + "{ id name locale isFallback markets keywords hashtags pillar { key } } }";

    private readonly KeywordScene scene = new(app);
    private readonly XliffFiles xliff = new(app);

    private async Task<List<System.Text.Json.JsonElement>> ReadAsync(string token, string brand, string? locale = null, string? market = null, string? pillar = null) =>
        [.. (await app.GraphQL(token).QueryAsync(Query, new { b = brand, l = locale, m = market, p = pillar })).Ok().GetProperty("keywordSets").EnumerateArray()];

    [Fact]
    public async Task A_keyword_set_is_published_through_review_and_served_to_partners_in_the_chain_with_its_fallback_flag()
    {
        var (brand, _) = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, "gongs", ["kr"]);
        await scene.PublishAsync(id, "vi", new { name = "Mùa hoa dã quỳ", keywords = "Cồng chiêng\n  cồng   CHIÊNG \nDã quỳ", hashtags = "#GiaLai\n＃gialai\nDãQuỳ" });

        var history = (await app.GraphQL().QueryAsync(
                "query($id: ID!) { variantHistory(kind: KEYWORD_SET, id: $id, locale: \"vi\") { action } }", new { id }))
            .Ok().GetProperty("variantHistory").EnumerateArray().Select(h => h.GetProperty("action").GetString());
        Assert.Equal(["PUBLISHED", "APPROVED", "SUBMITTED_FOR_REVIEW", "CREATED"], history);

        var keys = await Keys.ForEveryRoleAsync(app);
        var set = Assert.Single(await ReadAsync(keys["PARTNER"], brand.Slug, "ko", "KR"));
        Assert.Equal(("Mùa hoa dã quỳ", "vi", true), (set.GetProperty("name").GetString(), set.GetProperty("locale").GetString(), set.GetProperty("isFallback").GetBoolean()));
        // Keywords in one spelling, each once whatever their case; hashtags as a post's.
        Assert.Equal(["Cồng chiêng", "Dã quỳ"], set.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["GiaLai", "DãQuỳ"], set.GetProperty("hashtags").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["KR"], set.GetProperty("markets").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("gongs", set.GetProperty("pillar").GetProperty("key").GetString());

        // The market narrows the sets; so does another pillar.
        Assert.Empty(await ReadAsync(keys["PARTNER"], brand.Slug, market: "JP"));
        Assert.Equal(["PILLAR_NOT_FOUND"], (await app.GraphQL(keys["PARTNER"]).QueryAsync(Query, new { b = brand.Slug, p = "none-such" })).ErrorCodes);
    }

    [Fact]
    public async Task Public_keys_may_not_read_keyword_sets_and_a_partners_brand_scope_applies()
    {
        var (brand, _) = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug);
        await scene.PublishAsync(id, "vi", new { name = "Bộ từ khóa", keywords = "cồng chiêng" });

        var keys = await Keys.ForEveryRoleAsync(app);
        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(keys["PUBLIC"]).QueryAsync(Query, new { b = brand.Slug })).ErrorCodes);
        var otherBrand = await Keys.CreateAsync(app, "partner of gia-lai", "PARTNER", brands: ["gia-lai"]);
        Assert.Equal(["OUT_OF_SCOPE"], (await app.GraphQL(otherBrand).QueryAsync(Query, new { b = brand.Slug })).ErrorCodes);
        Assert.Single(await ReadAsync(keys["PARTNER"], brand.Slug));
    }

    [Fact]
    public async Task A_draft_or_archived_keyword_set_is_not_served()
    {
        var (brand, _) = await scene.BrandAsync();
        var draft = await scene.CreateOkAsync(brand.Slug);
        await scene.Editing.UpsertOkAsync(KeywordScene.Kind, draft, "vi", null, new { name = "Nháp", keywords = "bản nháp" });
        var archived = await scene.CreateOkAsync(brand.Slug);
        await scene.PublishAsync(archived, "vi", new { name = "Đã lưu trữ", keywords = "lưu trữ" });
        (await app.GraphQL().QueryAsync("mutation($id: ID!) { archive(kind: KEYWORD_SET, id: $id) { id } }", new { id = archived })).Ok();

        Assert.Empty(await ReadAsync(BrandContentApp.AdminToken, brand.Slug));
    }

    [Fact]
    public async Task Keyword_set_variants_refuse_control_characters_long_keywords_too_many_items_and_malformed_hashtags()
    {
        var (brand, _) = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug);

        var response = await scene.Editing.UpsertAsync(KeywordScene.Kind, id, "vi", null, new
        {
            name = "Tên\u0007",
            keywords = string.Join('\n', new[] { "cồng\u0001chiêng", new string('k', 101) }.Concat(Enumerable.Range(1, 50).Select(i => $"từ khóa {i}"))),
            hashtags = "#2026\nGia Lai\n<script>",
        });
        var problems = XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)).ToList();
        Assert.Contains(("name", "CONTROL_CHARACTER"), problems);
        Assert.Contains(("keywords", "CONTROL_CHARACTER"), problems);
        Assert.Contains(("keywords", "MAX_LENGTH"), problems);
        Assert.Contains(("keywords", "RANGE"), problems);
        Assert.Equal(3, problems.Count(p => p == ("hashtags", "HASHTAG_FORMAT")));

        // Nothing was written, and a well-formed variant is accepted afterwards.
        await scene.Editing.UpsertOkAsync(KeywordScene.Kind, id, "vi", null, new { name = "Tên", keywords = "cồng chiêng", hashtags = "GiaLai" });
    }

    [Fact]
    public async Task A_keyword_sets_pillar_must_be_its_brands_and_its_markets_registered()
    {
        var (brand, _) = await scene.BrandAsync();
        var (other, _) = await scene.BrandAsync();
        (await scene.CreateAsync(other.Slug, new { pillar = "gongs", markets = new[] { "KR" } })).Ok();

        var response = await scene.CreateAsync(brand.Slug, new { pillar = "coast", markets = new[] { "KR", "NOWHERE" } });
        var problems = XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)).ToList();
        Assert.Equal([("pillar", "REFERENCE"), ("markets", "REFERENCE")], problems);
    }

    [Fact]
    public async Task A_keyword_set_is_translated_through_XLIFF_and_its_translation_is_outdated_when_the_source_changes()
    {
        var (brand, _) = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug);
        await scene.PublishAsync(id, "vi", new { name = "Cồng chiêng & <rượu cần>", keywords = "cồng chiêng\nPleiku", hashtags = "CồngChiêng" });

        var content = await xliff.ContentAsync("ja", brand.Slug);
        string Unit(string field) => $"KEYWORD_SET.{id:D}.{field}";
        var units = XliffFiles.Units(content);
        Assert.Equal(new[] { "name", "keywords", "hashtags" }.Select(Unit), units.Keys.Where(k => k.StartsWith("KEYWORD_SET.", StringComparison.Ordinal)));
        Assert.Equal("cồng chiêng\nPleiku", units[Unit("keywords")].Source);

        var imported = (await xliff.ImportAsync(XliffFiles.WithTargets(content, new Dictionary<string, string>
        {
            [Unit("name")] = "ゴングと酒",
            [Unit("keywords")] = "ゴング\nプレイク",
            [Unit("hashtags")] = "#ゴング",
        }))).Ok().GetProperty("importXliff");
        Assert.Contains(imported.GetProperty("changed").EnumerateArray(), c => c.GetProperty("entityId").GetGuid() == id);
        var ja = await scene.Editing.VariantAsync(KeywordScene.Kind, id, "ja");
        Assert.Equal("ゴング\nプレイク", Fixtures.Editing.Field(ja, "keywords"));
        Assert.Equal("ゴング", Fixtures.Editing.Field(ja, "hashtags"));
        Assert.False(ja.GetProperty("outdated").GetBoolean());

        var source = await scene.Editing.VariantAsync(KeywordScene.Kind, id, "vi");
        await scene.Editing.UpsertOkAsync(KeywordScene.Kind, id, "vi", source.GetProperty("revision").GetInt32(), new { keywords = "cồng chiêng\nPleiku\nTây Nguyên" });
        Assert.True((await scene.Editing.VariantAsync(KeywordScene.Kind, id, "ja")).GetProperty("outdated").GetBoolean());
        var queue = (await app.GraphQL().QueryAsync(
                "query($b: String!) { translationQueue(locale: \"ja\", brand: $b) { kind entityId state } }", new { b = brand.Slug }))
            .Ok().GetProperty("translationQueue").EnumerateArray();
        var item = Assert.Single(queue, i => i.GetProperty("entityId").GetGuid() == id);
        Assert.Equal(("KEYWORD_SET", "OUTDATED"), (item.GetProperty("kind").GetString(), item.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Glossary_terms_are_checked_in_a_keyword_sets_translation()
    {
        var (brand, _) = await scene.BrandAsync();
        (await app.GraphQL().QueryAsync(
            "mutation($b: String!) { upsertGlossaryTerm(brand: $b, term: \"Pleiku\", doNotTranslate: true) { term } }", new { b = brand.Slug })).Ok();
        var id = await scene.CreateOkAsync(brand.Slug);
        await scene.Editing.UpsertOkAsync(KeywordScene.Kind, id, "vi", null, new { name = "Đêm Pleiku", keywords = "Pleiku" });
        await scene.Editing.UpsertOkAsync(KeywordScene.Kind, id, "ko", null, new { name = "플레이쿠의 밤", keywords = "플레이쿠" });

        var submitted = (await scene.Editing.StepAsync("submitForReview", KeywordScene.Kind, id, "ko", 1)).Ok().GetProperty("submitForReview");
        var warnings = submitted.GetProperty("glossaryWarnings").EnumerateArray().Select(w => (w.GetProperty("field").GetString(), w.GetProperty("rule").GetString())).ToList();
        Assert.Equal([("name", "DO_NOT_TRANSLATE_ALTERED"), ("keywords", "DO_NOT_TRANSLATE_ALTERED")], warnings);
    }

    [Fact]
    public async Task Keyword_sets_are_a_cacheable_answer_with_an_etag_and_a_publish_shows_at_once()
    {
        await app.ListeningAsync();
        var (brand, _) = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug);
        await scene.PublishAsync(id, "vi", new { name = "Một", keywords = "cồng chiêng" });
        var keys = await Keys.ForEveryRoleAsync(app);

        var client = app.GraphQL(keys["PARTNER"]);
        var first = await client.QueryAsync(Query, new { b = brand.Slug });
        first.Ok();
        Assert.Contains("private", first.Headers["Cache-Control"], StringComparison.Ordinal);
        app.Statements.Reset();
        var second = await client.QueryAsync(Query, new { b = brand.Slug });
        Assert.Equal(0, app.Statements.Count);
        Assert.Equal(first.Headers["ETag"], second.Headers["ETag"]);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent(new { query = Query, variables = new { b = brand.Slug } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keys["PARTNER"]);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Headers["ETag"]));
        using var notModified = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        var another = await scene.CreateOkAsync(brand.Slug);
        await scene.PublishAsync(another, "vi", new { name = "Hai", keywords = "dã quỳ" });
        Assert.Equal(2, (await ReadAsync(keys["PARTNER"], brand.Slug)).Count);
    }

    [Fact]
    public async Task The_demo_brands_have_Vietnamese_and_English_keyword_sets_from_their_plans()
    {
        var keys = await Keys.ForEveryRoleAsync(app);
        var vi = await ReadAsync(keys["PARTNER"], "gia-lai", "vi");
        var en = await ReadAsync(keys["PARTNER"], "gia-lai", "en");
        Assert.Equal(2, vi.Count);
        Assert.All(vi.Concat(en), set => Assert.False(set.GetProperty("isFallback").GetBoolean()));
        var sunflowers = Assert.Single(vi, s => s.GetProperty("pillar").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Contains("hoa dã quỳ", sunflowers.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains("CồngChiêng", sunflowers.GetProperty("hashtags").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains(en, s => s.GetProperty("keywords").EnumerateArray().Any(k => k.GetString() == "wild sunflower"));
        foreach (var slug in new[] { "viet-nam", "dong-nai", "hai-phong", "lam-dong", "nam-gia-nghia", "tan-minh" })
        {
            foreach (var locale in new[] { "vi", "en" })
            {
                var sets = await ReadAsync(keys["PARTNER"], slug, locale);
                Assert.NotEmpty(sets);
                Assert.All(sets, set => Assert.Equal((locale, false), (set.GetProperty("locale").GetString(), set.GetProperty("isFallback").GetBoolean())));
            }
        }
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
