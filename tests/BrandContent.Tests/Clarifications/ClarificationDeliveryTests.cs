using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>clarifications(brand, market, since) for partners and websites: published only, in the market's chain, within the key's scope.</summary>
public sealed class ClarificationDeliveryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ClarificationScene scene = new(app);

    [Fact]
    public async Task Since_returns_only_clarifications_published_after_it()
    {
        var brand = await scene.BrandAsync();
        var keys = await Keys.ForEveryRoleAsync(app);
        var older = await scene.DraftAsync(brand.Slug, title: "Cũ");
        (await scene.PublishNowAsync(older)).Ok();
        var between = DateTimeOffset.UtcNow;
        var newer = await scene.DraftAsync(brand.Slug, title: "Mới");
        (await scene.PublishNowAsync(newer)).Ok();

        Assert.Equal([newer, older], (await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"])).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal([newer], (await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"], since: between)).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Empty(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"], since: DateTimeOffset.UtcNow.AddSeconds(1)));

        // A translation published later makes the clarification new again for the market whose chain holds it.
        var afterBoth = DateTimeOffset.UtcNow;
        await scene.TranslateAsync(older, "ko", "Korean title");
        var forKorea = Assert.Single(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"], "KR", afterBoth));
        Assert.Equal(older, forKorea.GetProperty("id").GetGuid());
        Assert.Equal("ko", forKorea.GetProperty("locale").GetString());
        Assert.Empty(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"], "JP", afterBoth));
    }

    [Fact]
    public async Task Drafts_are_hidden_from_public_and_partner_keys_and_a_market_reads_its_chain_with_fallback()
    {
        var brand = await scene.BrandAsync();
        var keys = await Keys.ForEveryRoleAsync(app);
        var draft = await scene.DraftAsync(brand.Slug, title: "Nháp");
        var published = await scene.DraftAsync(brand.Slug, title: "Đã đăng");
        (await scene.PublishNowAsync(published)).Ok();
        await scene.TranslateAsync(published, "ja", "Japanese title");

        foreach (var role in new[] { "PUBLIC", "PARTNER" })
        {
            var served = Assert.Single(await scene.ClarificationsAsync(brand.Slug, keys[role]));
            Assert.Equal(published, served.GetProperty("id").GetGuid());
        }

        var japan = Assert.Single(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"], "JP"));
        Assert.Equal(("ja", false), (japan.GetProperty("locale").GetString(), japan.GetProperty("isFallback").GetBoolean()));
        var korea = Assert.Single(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"], "KR"));
        Assert.Equal(("vi", true), (korea.GetProperty("locale").GetString(), korea.GetProperty("isFallback").GetBoolean()));
        Assert.Empty(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"], "FR"));

        var preview = await app.GraphQL(keys["PUBLIC"]).QueryAsync("query($b: String!) { clarifications(brand: $b, preview: true) { totalCount } }", new { b = brand.Slug });
        Assert.Equal(["FORBIDDEN"], preview.ErrorCodes);
        var editorPreview = (await app.GraphQL(keys["EDITOR"]).QueryAsync(
                "query($b: String!) { clarifications(brand: $b, preview: true) { edges { node { id } } } }", new { b = brand.Slug }))
            .Ok().GetProperty("clarifications").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetGuid());
        Assert.Contains(draft, editorPreview);
    }

    [Fact]
    public async Task A_key_limited_to_markets_sees_only_clarifications_concerning_them_and_another_brand_or_market_is_out_of_scope()
    {
        var brand = await scene.BrandAsync();
        var forKorea = await scene.DraftAsync(brand.Slug, markets: ["KR"], title: "Hàn");
        var forFrance = await scene.DraftAsync(brand.Slug, markets: ["FR"], title: "Pháp");
        (await scene.PublishNowAsync(forKorea)).Ok();
        (await scene.PublishNowAsync(forFrance)).Ok();
        var korean = await Keys.CreateAsync(app, "korean partner", "PARTNER", brands: [brand.Slug], markets: ["KR"]);

        Assert.Equal([forKorea], (await scene.ClarificationsAsync(brand.Slug, korean)).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal([forKorea], (await scene.ClarificationsAsync(brand.Slug, korean, "KR")).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(["OUT_OF_SCOPE"], (await app.GraphQL(korean).QueryAsync("{ clarifications(brand: \"x\", market: \"FR\") { totalCount } }".Replace("x", brand.Slug))).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await app.GraphQL(korean).QueryAsync("{ clarifications(brand: \"gia-lai\") { totalCount } }")).ErrorCodes);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_and_the_demo_clarification_of_gia_lai_goes_out_to_three_markets()
    {
        var keys = await Keys.ForEveryRoleAsync(app);
        var fields = "id title locale isFallback severity markets { code } spreadOn sourceUrl relatedStories { title } firstPublishedAt";
        foreach (var (market, locale) in new[] { ("KR", "ko"), ("JP", "ja"), ("US", "en") })
        {
            var served = Assert.Single(await scene.ClarificationsAsync("gia-lai", keys["PARTNER"], market, fields: fields));
            Assert.Equal(locale, served.GetProperty("locale").GetString());
            Assert.False(served.GetProperty("isFallback").GetBoolean());
            Assert.Equal(["KR", "JP", "US"], served.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
            Assert.Single(served.GetProperty("relatedStories").EnumerateArray());
        }

        var brand = await scene.BrandAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await scene.DraftAsync(brand.Slug, title: $"Số {i}"));
            (await scene.PublishNowAsync(ids[^1])).Ok();
        }

        var first = (await app.GraphQL(keys["PUBLIC"]).QueryAsync("query($b: String!) { clarifications(brand: $b, first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }", new { b = brand.Slug }))
            .Ok().GetProperty("clarifications");
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var rest = (await app.GraphQL(keys["PUBLIC"]).QueryAsync(
                "query($b: String!, $a: String) { clarifications(brand: $b, first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }",
                new { b = brand.Slug, a = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .Ok().GetProperty("clarifications");
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var all = first.GetProperty("edges").EnumerateArray().Concat(rest.GetProperty("edges").EnumerateArray()).Select(e => e.GetProperty("node").GetProperty("id").GetGuid());
        Assert.Equal(ids.AsEnumerable().Reverse(), all);
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], (await app.GraphQL(keys["PUBLIC"]).QueryAsync("{ clarifications(brand: \"gia-lai\", first: 1000) { totalCount } }")).ErrorCodes);
    }
}
