using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Delivery;

/// <summary>Each delivery query against the demo destinations, as a website or partner would send it.</summary>
public sealed class DemoContentQueryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private async Task<JsonElement> OkAsync(string query, object? variables = null) => (await app.GraphQL().QueryAsync(query, variables)).Ok();

    [Fact]
    public async Task Locales_and_markets_carry_the_demo_chains()
    {
        var data = await OkAsync("{ locales { tag nativeName } markets { code name(locale: \"vi\") localeChain channels audiences { code name } } }");
        var tags = data.GetProperty("locales").EnumerateArray().Select(l => l.GetProperty("tag").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "vi", "en", "ko", "ja", "zh-Hans", "fr" }, tags.ToHashSet());

        var markets = data.GetProperty("markets").EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);
        Assert.Equal(["ko", "en"], markets["KR"].GetProperty("localeChain").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["ja", "en"], markets["JP"].GetProperty("localeChain").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["zh-Hans", "en"], markets["CN"].GetProperty("localeChain").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["fr", "en"], markets["FR"].GetProperty("localeChain").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Hàn Quốc", markets["KR"].GetProperty("name").GetString());
        Assert.NotEmpty(markets["KR"].GetProperty("audiences").EnumerateArray());
    }

    [Fact]
    public async Task Brands_form_the_national_province_commune_hierarchy()
    {
        var data = await OkAsync("{ brands(locale: \"en\") { slug level name parent { slug } children { slug } } }");
        var brands = data.GetProperty("brands").EnumerateArray().ToList();
        Assert.Equal("viet-nam", brands[0].GetProperty("slug").GetString());
        Assert.Equal("NATIONAL", brands[0].GetProperty("level").GetString());
        var bySlug = brands.ToDictionary(b => b.GetProperty("slug").GetString()!);
        foreach (var province in new[] { "gia-lai", "dong-nai", "lam-dong", "hai-phong" })
        {
            Assert.Equal("viet-nam", bySlug[province].GetProperty("parent").GetProperty("slug").GetString());
        }

        Assert.Equal("lam-dong", bySlug["nam-gia-nghia"].GetProperty("parent").GetProperty("slug").GetString());
        Assert.Equal("hai-phong", bySlug["tan-minh"].GetProperty("parent").GetProperty("slug").GetString());
        Assert.Contains(bySlug["hai-phong"].GetProperty("children").EnumerateArray(), c => c.GetProperty("slug").GetString() == "tan-minh");
    }

    [Fact]
    public async Task Brand_by_slug_has_its_identity_and_unknown_slug_is_null()
    {
        var data = await OkAsync("""
            { brand(slug: "gia-lai", market: "JP") { name slogan story locale isFallback colors { hex role } typography { family }
                logos { variant asset { url } } usageRules { do dont } pillars { key name } }
              missing: brand(slug: "atlantis") { name } }
            """);
        var brand = data.GetProperty("brand");
        Assert.False(string.IsNullOrWhiteSpace(brand.GetProperty("slogan").GetString()));
        Assert.All(brand.GetProperty("colors").EnumerateArray(), c => Assert.Matches("^#[0-9A-F]{6}$", c.GetProperty("hex").GetString()));
        Assert.True(brand.GetProperty("pillars").GetArrayLength() >= 4);
        Assert.NotEmpty(brand.GetProperty("usageRules").GetProperty("do").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("missing").ValueKind);
    }

    [Fact]
    public async Task Pillars_query_lists_a_brands_pillars_in_order()
    {
        var pillars = (await OkAsync("{ pillars(brand: \"dong-nai\", locale: \"en\") { key position name } }")).GetProperty("pillars");
        var positions = pillars.EnumerateArray().Select(p => p.GetProperty("position").GetInt32()).ToList();
        Assert.True(positions.Count >= 4);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Key_messages_are_filtered_by_market_and_audience()
    {
        var all = (await OkAsync("{ keyMessages(brand: \"gia-lai\", validOn: \"2027-06-01\") { id } }")).GetProperty("keyMessages");
        var data = await OkAsync("""
            { keyMessages(brand: "gia-lai", market: "KR", audience: "TOURISTS", validOn: "2027-06-01") {
                headline locale isFallback markets audiences priority alignsWith { headline } } }
            """);
        var messages = data.GetProperty("keyMessages").EnumerateArray().ToList();
        Assert.True(all.GetArrayLength() >= 3);
        Assert.NotEmpty(messages);
        Assert.True(messages.Count <= all.GetArrayLength());
        Assert.All(messages, m =>
        {
            var markets = m.GetProperty("markets").EnumerateArray().Select(x => x.GetString()).ToList();
            var audiences = m.GetProperty("audiences").EnumerateArray().Select(x => x.GetString()).ToList();
            Assert.True(markets.Count == 0 || markets.Contains("KR"));
            Assert.True(audiences.Count == 0 || audiences.Contains("TOURISTS"));
            Assert.Contains(m.GetProperty("locale").GetString(), new[] { "ko", "en", "vi" });
        });
        var priorities = messages.Select(m => m.GetProperty("priority").GetInt32()).ToList();
        Assert.Equal(priorities.Order(), priorities);
    }

    [Fact]
    public async Task Story_by_slug_in_any_locale_is_served_in_the_requested_chain()
    {
        var list = (await OkAsync("{ stories(brand: \"gia-lai\", first: 1) { edges { node { id slug alternates { locale slug } } } } }"))
            .GetProperty("stories").GetProperty("edges")[0].GetProperty("node");
        var english = list.GetProperty("alternates").EnumerateArray().FirstOrDefault(a => a.GetProperty("locale").GetString() == "en");
        var slug = english.ValueKind == JsonValueKind.Object ? english.GetProperty("slug").GetString() : list.GetProperty("slug").GetString();

        var story = (await OkAsync("query($s: String!) { story(brand: \"gia-lai\", slug: $s, locale: \"vi\") { id locale title body seo { title description keywords } } }", new { s = slug }))
            .GetProperty("story");
        Assert.Equal(list.GetProperty("id").GetString(), story.GetProperty("id").GetString());
        Assert.Equal("vi", story.GetProperty("locale").GetString());
        Assert.False(string.IsNullOrWhiteSpace(story.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task Events_are_filtered_by_their_date_window()
    {
        var brand = Fixtures.TestContent.Brand();
        await using (var db = app.OpenDb())
        {
            db.AddRange(
                brand,
                Fixtures.TestContent.Event(brand, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 3)),
                Fixtures.TestContent.Event(brand, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 23)),
                Fixtures.TestContent.Event(brand, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 2)));
            await db.SaveChangesAsync();
        }

        var query = "query($b: String!, $f: DateOnly, $t: DateOnly) { events(brand: $b, from: $f, to: $t) { startsOn endsOn name place } }";
        var window = (await OkAsync(query, new { b = brand.Slug, f = "2026-03-02", t = "2026-12-31" })).GetProperty("events");
        Assert.Equal(["2026-03-01", "2026-11-20"], window.EnumerateArray().Select(e => e.GetProperty("startsOn").GetString()));

        var all = (await OkAsync(query, new { b = brand.Slug })).GetProperty("events");
        Assert.Equal(3, all.GetArrayLength());

        var reversed = await app.GraphQL().QueryAsync(query, new { b = brand.Slug, f = "2027-01-01", t = "2026-01-01" });
        Assert.Equal(["INVALID_DATE_RANGE"], reversed.ErrorCodes);

        var demo = (await OkAsync("{ events(brand: \"gia-lai\", locale: \"en\") { name startsOn } }")).GetProperty("events");
        Assert.True(demo.GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Unknown_brand_is_a_clear_error()
    {
        var response = await app.GraphQL().QueryAsync("{ stories(brand: \"atlantis\") { totalCount } }");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal(["BRAND_NOT_FOUND"], response.ErrorCodes);
        Assert.Contains("atlantis", response.Errors[0].GetProperty("message").GetString());
    }
}
