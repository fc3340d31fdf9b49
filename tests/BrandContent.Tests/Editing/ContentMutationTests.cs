using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Editing;

/// <summary>An editor builds a destination from nothing over the API, and every bad input is refused with its field named.</summary>
public sealed class ContentMutationTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    private async Task<JsonElement> OkAsync(string query, object? variables = null) => (await app.GraphQL().QueryAsync(query, variables)).Ok();

    private static Guid Id(JsonElement data, string field) => Guid.Parse(data.GetProperty(field).GetProperty("id").GetString()!);

    private async Task<string> NewBrandAsync(string? parent = null)
    {
        var slug = $"tinh-{Guid.NewGuid():N}"[..16];
        await OkAsync("mutation($i: BrandInput!) { createBrand(input: $i) { id } }",
            new { i = new { slug, parent, level = "PROVINCE", sourceLocale = "vi", colors = new[] { new { name = "Đỏ bazan", hex = "#a63a2b", role = "PRIMARY" } } } });
        return slug;
    }

    [Fact]
    public async Task An_editor_creates_a_brand_and_story_and_publishes_it_in_Vietnamese()
    {
        var slug = await NewBrandAsync("viet-nam");
        var asset = await OkAsync("mutation($b: String!) { createAsset(brand: $b, input: { kind: IMAGE, url: \"https://media.test/cong.jpg\", mimeType: \"image/jpeg\", width: 1600, height: 900 }) { id } }", new { b = slug });
        var pillar = await OkAsync("mutation($b: String!) { createPillar(brand: $b, input: { key: \"van-hoa\", position: 1 }) { id } }", new { b = slug });
        var story = await OkAsync("mutation($b: String!, $h: ID) { createStory(brand: $b, input: { date: \"2026-11-20\", tags: [\"Lễ hội\"], pillars: [\"van-hoa\"], heroAsset: $h }) { id version values { name value } } }",
            new { b = slug, h = Id(asset, "createAsset") });
        Assert.Contains(story.GetProperty("createStory").GetProperty("values").EnumerateArray(), v => v.GetProperty("name").GetString() == "tags" && v.GetProperty("value").GetString() == "lễ hội");

        var storyId = Id(story, "createStory");
        foreach (var (kind, id, fields) in new (string, Guid, object)[]
        {
            ("PILLAR", Id(pillar, "createPillar"), new { name = "Văn hóa" }),
            ("ASSET", Id(asset, "createAsset"), new { title = "Cồng chiêng" }),
            ("STORY", storyId, new { title = "Đêm cồng chiêng", slug = "dem-cong-chieng", body = "## Đêm hội\n\nTiếng cồng vang." }),
        })
        {
            await editing.UpsertOkAsync(kind, id, "vi", null, fields);
            foreach (var step in new[] { "submitForReview", "approve", "publish" })
            {
                (await editing.StepAsync(step, kind, id, "vi", 1)).Ok();
            }
        }

        var delivered = (await OkAsync("query($b: String!) { story(brand: $b, slug: \"dem-cong-chieng\") { title body tags pillars { name } heroAsset { url title } } }", new { b = slug }))
            .GetProperty("story");
        Assert.Equal("Đêm cồng chiêng", delivered.GetProperty("title").GetString());
        Assert.Equal("Văn hóa", delivered.GetProperty("pillars")[0].GetProperty("name").GetString());
        Assert.Equal("https://media.test/cong.jpg", delivered.GetProperty("heroAsset").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Bad_brand_input_names_every_field()
    {
        var response = await app.GraphQL().QueryAsync("mutation($i: BrandInput!) { createBrand(input: $i) { id } }", new
        {
            i = new { slug = "Gia Lai", parent = "atlantis", level = "PROVINCE", sourceLocale = "xx-invalid-", colors = new[] { new { name = "", hex = "red", role = "PRIMARY" } } },
        });
        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        var problems = Problems(response);
        Assert.Contains(("slug", "SLUG_FORMAT"), problems);
        Assert.Contains(("parent", "REFERENCE"), problems);
        Assert.Contains(("sourceLocale", "LOCALE_TAG"), problems);
        Assert.Contains(("colors[0].name", "REQUIRED"), problems);
        Assert.Contains(("colors[0].hex", "HEX_COLOR"), problems);

        var taken = await app.GraphQL().QueryAsync("mutation { createBrand(input: { slug: \"gia-lai\", level: PROVINCE, sourceLocale: \"vi\" }) { id } }");
        Assert.Contains(("slug", "UNIQUE"), Problems(taken));
    }

    [Fact]
    public async Task Dates_references_and_ranges_are_checked()
    {
        var slug = await NewBrandAsync("viet-nam");
        var otherBrandMessage = await OkAsync("query { keyMessages(brand: \"gia-lai\", validOn: \"2027-01-01\") { id } }");
        var foreign = otherBrandMessage.GetProperty("keyMessages")[0].GetProperty("id").GetString();

        var evt = await app.GraphQL().QueryAsync("mutation($b: String!) { createEvent(brand: $b, input: { startsOn: \"2026-11-23\", endsOn: \"2026-11-20\", place: \"Pleiku\" }) { id } }", new { b = slug });
        Assert.Contains(("endsOn", "DATE_ORDER"), Problems(evt));

        var message = await app.GraphQL().QueryAsync(
            "mutation($b: String!, $a: ID) { createKeyMessage(brand: $b, input: { pillar: \"nope\", markets: [\"KR\", \"XX\"], audiences: [\"ALIENS\"], validFrom: \"2030-01-01\", validTo: \"2026-01-01\", priority: 0, alignsWith: $a }) { id } }",
            new { b = slug, a = foreign });
        var problems = Problems(message);
        Assert.Contains(("pillar", "REFERENCE"), problems);
        Assert.Contains(("markets", "REFERENCE"), problems);
        Assert.Contains(("audiences", "REFERENCE"), problems);
        Assert.Contains(("validTo", "DATE_ORDER"), problems);
        Assert.Contains(("priority", "RANGE"), problems);
        Assert.Contains(("alignsWith", "REFERENCE"), problems);
        Assert.Single(problems, p => p.Field == "markets");

        var national = (await OkAsync("query { keyMessages(brand: \"viet-nam\", validOn: \"2027-01-01\") { id } }")).GetProperty("keyMessages")[0].GetProperty("id").GetString();
        (await app.GraphQL().QueryAsync(
            "mutation($b: String!, $a: ID) { createKeyMessage(brand: $b, input: { markets: [\"KR\"], priority: 1, alignsWith: $a }) { id } }", new { b = slug, a = national })).Ok();

        var asset = await app.GraphQL().QueryAsync("mutation($b: String!) { createAsset(brand: $b, input: { kind: VIDEO, url: \"ftp://x\", mimeType: \"video\", durationSeconds: -1 }) { id } }", new { b = slug });
        var assetProblems = Problems(asset);
        Assert.Contains(("url", "URL"), assetProblems);
        Assert.Contains(("mimeType", "FORMAT"), assetProblems);
        Assert.Contains(("durationSeconds", "RANGE"), assetProblems);
    }

    [Fact]
    public async Task Names_places_credits_and_key_names_are_one_line_without_control_characters()
    {
        var slug = await NewBrandAsync("viet-nam");

        var evt = await app.GraphQL().QueryAsync("mutation($b: String!, $p: String!) { createEvent(brand: $b, input: { startsOn: \"2026-11-20\", endsOn: \"2026-11-23\", place: $p }) { id } }", new { b = slug, p = "Pleiku\u0007" });
        Assert.Equal([("place", "SINGLE_LINE")], Problems(evt));
        Assert.Contains("U+0007", XliffFiles.Problems(evt)[0].Message);

        var asset = await app.GraphQL().QueryAsync(
            "mutation($b: String!, $c: String!, $l: String!) { createAsset(brand: $b, input: { kind: IMAGE, url: \"https://example.org/a.jpg\", mimeType: \"image/jpeg\", credit: $c, license: $l }) { id } }",
            new { b = slug, c = "Ảnh: Sở VHTTDL\nGia Lai", l = "CC BY\u001B[31m" });
        Assert.Equal([("credit", "SINGLE_LINE"), ("license", "SINGLE_LINE")], Problems(asset).Order().ToList());

        var key = await app.GraphQL().QueryAsync("mutation($n: String!) { createApiKey(input: { name: $n, role: PUBLIC }) { token } }", new { n = "website\r\nX-Injected: 1" });
        Assert.Equal([("name", "SINGLE_LINE")], Problems(key));

        // On one line, the same texts are kept as they are.
        (await app.GraphQL().QueryAsync("mutation($b: String!) { createEvent(brand: $b, input: { startsOn: \"2026-11-20\", endsOn: \"2026-11-23\", place: \"Quảng trường Đại Đoàn Kết, Pleiku\" }) { id } }", new { b = slug })).Ok();
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_archiving_hides_content_until_restored()
    {
        var slug = await NewBrandAsync();
        var story = (await OkAsync("mutation($b: String!) { createStory(brand: $b, input: { date: \"2026-01-01\" }) { id version } }", new { b = slug })).GetProperty("createStory");
        var id = Guid.Parse(story.GetProperty("id").GetString()!);
        var version = story.GetProperty("version").GetInt64();
        await editing.UpsertOkAsync("STORY", id, "vi", null, new { title = "Lưu trữ", slug = "luu-tru" });
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            (await editing.StepAsync(step, "STORY", id, "vi", 1)).Ok();
        }

        var updated = (await OkAsync("mutation($id: ID!, $v: Long) { updateStory(id: $id, expectedVersion: $v, input: { date: \"2026-02-02\" }) { version } }", new { id, v = version }))
            .GetProperty("updateStory").GetProperty("version").GetInt64();
        Assert.NotEqual(version, updated);
        var stale = await app.GraphQL().QueryAsync("mutation($id: ID!, $v: Long) { updateStory(id: $id, expectedVersion: $v, input: { date: \"2026-03-03\" }) { version } }", new { id, v = version });
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);

        (await app.GraphQL().QueryAsync("mutation($id: ID!) { archive(kind: STORY, id: $id) { archivedAt } }", new { id })).Ok();
        Assert.Equal(JsonValueKind.Null, (await OkAsync("query($b: String!) { story(brand: $b, slug: \"luu-tru\") { title } }", new { b = slug })).GetProperty("story").ValueKind);
        Assert.Equal(["ARCHIVED"], (await editing.UpsertAsync("STORY", id, "vi", 1, new { title = "Không được" })).ErrorCodes);

        (await app.GraphQL().QueryAsync("mutation($id: ID!) { archive(kind: STORY, id: $id, archived: false) { archivedAt } }", new { id })).Ok();
        Assert.Equal("Lưu trữ", (await OkAsync("query($b: String!) { story(brand: $b, slug: \"luu-tru\") { title } }", new { b = slug })).GetProperty("story").GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_new_regional_locale_and_market_chain_serve_content_with_fallback()
    {
        await OkAsync("mutation { createLocale(input: { tag: \"EN-gb\", name: \"English (UK)\", nativeName: \"English (UK)\" }) { tag } }");
        var duplicate = await app.GraphQL().QueryAsync("mutation { createLocale(input: { tag: \"en-GB\", name: \"x\", nativeName: \"x\" }) { tag } }");
        Assert.Contains(("tag", "UNIQUE"), Problems(duplicate));
        var market = await OkAsync("mutation { createMarket(input: { code: \"uk\", names: [{ locale: \"en\", text: \"United Kingdom\" }], localeChain: [\"en-GB\", \"en\"], channels: [\"instagram\"] }) { code localeChain name(locale: \"en\") } }");
        Assert.Equal("UK", market.GetProperty("createMarket").GetProperty("code").GetString());
        Assert.Equal(["en-GB", "en"], market.GetProperty("createMarket").GetProperty("localeChain").EnumerateArray().Select(l => l.GetString()));
        var badMarket = await app.GraphQL().QueryAsync("mutation { createMarket(input: { code: \"DE\", localeChain: [\"de\"] }) { code } }");
        Assert.Contains(("localeChain[0]", "REFERENCE"), Problems(badMarket));

        var slug = await NewBrandAsync();
        var story = (await OkAsync("mutation($b: String!) { createStory(brand: $b, input: { date: \"2026-01-01\" }) { id } }", new { b = slug })).GetProperty("createStory");
        var id = Guid.Parse(story.GetProperty("id").GetString()!);
        foreach (var (locale, title) in new[] { ("vi", "Biển"), ("en-GB", "The colour of the sea") })
        {
            await editing.UpsertOkAsync("STORY", id, locale, null, new { title, slug = locale == "vi" ? "bien" : "sea" });
            foreach (var step in new[] { "submitForReview", "approve", "publish" })
            {
                (await editing.StepAsync(step, "STORY", id, locale, 1)).Ok();
            }
        }

        var uk = (await OkAsync("query($b: String!) { story(brand: $b, slug: \"bien\", market: \"UK\") { title locale isFallback } }", new { b = slug })).GetProperty("story");
        Assert.Equal("en-GB", uk.GetProperty("locale").GetString());
        Assert.False(uk.GetProperty("isFallback").GetBoolean());
    }

    [Fact]
    public async Task Archived_markets_and_locales_are_no_longer_offered_until_restored()
    {
        await OkAsync("mutation { createLocale(input: { tag: \"de-CH\", name: \"German (Switzerland)\", nativeName: \"Deutsch (Schweiz)\" }) { tag } }");
        await OkAsync("mutation { createMarket(input: { code: \"CH\", localeChain: [\"de-CH\", \"en\"] }) { code } }");
        var slug = await NewBrandAsync();
        var story = Guid.Parse((await OkAsync("mutation($b: String!) { createStory(brand: $b, input: { date: \"2026-01-01\" }) { id } }", new { b = slug }))
            .GetProperty("createStory").GetProperty("id").GetString()!);

        await OkAsync("mutation { archiveMarket(code: \"ch\") { code } archiveLocale(tag: \"DE-ch\") { tag } }");
        var markets = (await OkAsync("{ markets { code } locales { tag } }"));
        Assert.DoesNotContain(markets.GetProperty("markets").EnumerateArray(), m => m.GetProperty("code").GetString() == "CH");
        Assert.DoesNotContain(markets.GetProperty("locales").EnumerateArray(), l => l.GetProperty("tag").GetString() == "de-CH");
        Assert.Equal(["MARKET_NOT_FOUND"], (await app.GraphQL().QueryAsync("query($b: String!) { stories(brand: $b, market: \"CH\") { totalCount } }", new { b = slug })).ErrorCodes);
        Assert.Equal(["LOCALE_NOT_FOUND"], (await editing.UpsertAsync("STORY", story, "de-CH", null, new { title = "Meer", slug = "meer" })).ErrorCodes);

        await OkAsync("mutation { archiveMarket(code: \"CH\", archived: false) { code } archiveLocale(tag: \"de-CH\", archived: false) { tag } }");
        await editing.UpsertOkAsync("STORY", story, "de-CH", null, new { title = "Meer", slug = "meer" });
        (await app.GraphQL().QueryAsync("query($b: String!) { stories(brand: $b, market: \"CH\") { totalCount } }", new { b = slug })).Ok();
    }

    private static List<(string Field, string Rule)> Problems(GraphQLResponse response)
    {
        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        return response.Errors[0].GetProperty("extensions").GetProperty("data").GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString()!, p.GetProperty("rule").GetString()!))
            .ToList();
    }
}
