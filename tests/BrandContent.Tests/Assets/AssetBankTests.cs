using System.Text.Json;
using BrandContent.Assets;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using static BrandContent.Tests.Assets.AssetBankData;

namespace BrandContent.Tests.Assets;

/// <summary>The asset bank lists a brand's published assets, localized, filtered and paged; never archived, unpublished or out of rights.</summary>
public sealed class AssetBankTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string List = """
        query($b: String!, $kind: AssetKind, $pillar: String, $tag: String, $market: String, $locale: String, $fallback: Boolean, $first: Int, $after: String) {
          assets(brand: $b, kind: $kind, pillar: $pillar, tag: $tag, market: $market, locale: $locale, fallback: $fallback, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id kind title altText caption locale isFallback credit license width height durationSeconds tags pillars { key } } }
          }
        }
        """;

    private static List<JsonElement> Nodes(JsonElement data) =>
        data.GetProperty("assets").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    private static List<string?> Titles(JsonElement data) => Nodes(data).Select(n => n.GetProperty("title").GetString()).ToList();

    private async Task<JsonElement> ListAsync(object variables, string? token = BrandContentApp.AdminToken) =>
        (await app.GraphQL(token).QueryAsync(List, variables)).Ok();

    [Fact]
    public async Task Published_assets_are_listed_with_localized_text_credits_dimensions_and_duration()
    {
        var brand = TestContent.Brand();
        var photo = Asset(brand, "photo", locales: ["vi", "en"]);
        var video = Asset(brand, "video", AssetKind.Video, locales: ["vi", "en"]);
        await SaveAsync(app, brand, photo, video);

        var nodes = Nodes(await ListAsync(new { b = brand.Slug, locale = "en" })).ToDictionary(n => n.GetProperty("title").GetString()!);

        Assert.Equal(["photo en", "video en"], nodes.Keys.Order());
        var shown = nodes["photo en"];
        Assert.Equal("Alt photo en", shown.GetProperty("altText").GetString());
        Assert.Equal("Caption photo en", shown.GetProperty("caption").GetString());
        Assert.Equal("Credit photo", shown.GetProperty("credit").GetString());
        Assert.Equal("CC BY 4.0", shown.GetProperty("license").GetString());
        Assert.Equal(1600, shown.GetProperty("width").GetInt32());
        Assert.Equal(900, shown.GetProperty("height").GetInt32());
        Assert.Equal(42.5, nodes["video en"].GetProperty("durationSeconds").GetDouble());
        Assert.Equal("VIDEO", nodes["video en"].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Archived_unpublished_scheduled_and_expired_assets_are_never_served()
    {
        var brand = TestContent.Brand();
        var served = Asset(brand, "served");
        var archived = Asset(brand, "archived");
        archived.ArchivedAt = DateTimeOffset.UtcNow.AddDays(-1);
        var inReview = Asset(brand, "review", locales: [new V("vi", WorkflowStatus.InReview)]);
        var scheduled = Asset(brand, "scheduled", locales: [new V("vi", PublishAt: DateTimeOffset.UtcNow.AddDays(3))]);
        var expired = Asset(brand, "expired", rightsExpireAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        await SaveAsync(app, brand, served, archived, inReview, scheduled, expired);

        var data = await ListAsync(new { b = brand.Slug });
        Assert.Equal(["served vi"], Titles(data));
        Assert.Equal(1, data.GetProperty("assets").GetProperty("totalCount").GetInt32());

        foreach (var hidden in new[] { archived, inReview, scheduled, expired })
        {
            var one = (await app.GraphQL().QueryAsync("query($id: ID!) { asset(id: $id) { title } }", new { id = hidden.Id })).Ok();
            Assert.Equal(JsonValueKind.Null, one.GetProperty("asset").ValueKind);
        }

        var found = (await app.GraphQL().QueryAsync("query($id: ID!) { asset(id: $id, locale: \"en\") { title locale isFallback } }", new { id = served.Id })).Ok().GetProperty("asset");
        Assert.Equal("served vi", found.GetProperty("title").GetString());
        Assert.True(found.GetProperty("isFallback").GetBoolean());
        var unknown = (await app.GraphQL().QueryAsync("query($id: ID!) { asset(id: $id) { title } }", new { id = Guid.NewGuid() })).Ok();
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("asset").ValueKind);
    }

    [Fact]
    public async Task Kind_pillar_and_tag_each_narrow_the_list_and_an_unknown_pillar_is_named()
    {
        var brand = TestContent.Brand();
        var culture = TestContent.Pillar(brand, "van-hoa");
        var nature = TestContent.Pillar(brand, "thien-nhien");
        var gong = Asset(brand, "gong", tags: ["lễ hội", "cồng chiêng"], pillars: [culture]);
        var lake = Asset(brand, "lake", tags: ["hồ"], pillars: [nature, culture]);
        var film = Asset(brand, "film", AssetKind.Video, tags: ["lễ hội"], pillars: [nature]);
        await SaveAsync(app, brand, culture, nature, gong, lake, film);

        Assert.Equal(["film vi"], Titles(await ListAsync(new { b = brand.Slug, kind = "VIDEO" })));
        Assert.Equal(["gong vi", "lake vi"], Titles(await ListAsync(new { b = brand.Slug, pillar = "van-hoa" })).Order());
        Assert.Equal(["film vi", "gong vi"], Titles(await ListAsync(new { b = brand.Slug, tag = " Lễ Hội " })).Order());
        Assert.Equal(["film vi"], Titles(await ListAsync(new { b = brand.Slug, kind = "VIDEO", tag = "lễ hội", pillar = "thien-nhien" })));

        var lakeNode = Nodes(await ListAsync(new { b = brand.Slug, tag = "hồ" })).Single();
        Assert.Equal(["thien-nhien", "van-hoa"], lakeNode.GetProperty("pillars").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        Assert.Equal(["hồ"], lakeNode.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        var unknown = await app.GraphQL().QueryAsync(List, new { b = brand.Slug, pillar = "khong-co" });
        Assert.Equal(["PILLAR_NOT_FOUND"], unknown.ErrorCodes);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_in_a_stable_order_and_forged_cursors_or_sizes_are_refused()
    {
        var brand = TestContent.Brand();
        var assets = Enumerable.Range(0, 5).Select(i => Asset(brand, $"a{i}")).ToArray();
        await SaveAsync(app, [brand, .. assets]);

        var seen = new List<string?>();
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var data = (await ListAsync(new { b = brand.Slug, first = 2, after })).GetProperty("assets");
            Assert.Equal(5, data.GetProperty("totalCount").GetInt32());
            seen.AddRange(data.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("title").GetString()));
            Assert.Equal(page < 2, data.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            after = data.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(seen, Titles(await ListAsync(new { b = brand.Slug, first = 5 })));

        foreach (var forged in new[] { "not-a-cursor!", "", "AAAA", new string('A', 400), "' OR 1=1 --" })
        {
            var refused = await app.GraphQL().QueryAsync(List, new { b = brand.Slug, after = forged });
            Assert.Equal(["INVALID_CURSOR"], refused.ErrorCodes);
        }

        foreach (var size in new[] { 0, -1, 101 })
        {
            Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], (await app.GraphQL().QueryAsync(List, new { b = brand.Slug, first = size })).ErrorCodes);
        }
    }

    [Fact]
    public async Task A_market_serves_its_chain_with_the_fallback_flagged_and_without_fallback_only_its_first_locale()
    {
        var brand = TestContent.Brand();
        var korean = Asset(brand, "ko-ready", locales: ["vi", "ko"]);
        var english = Asset(brand, "en-ready", locales: ["vi", "en"]);
        var vietnamese = Asset(brand, "vi-only");
        await SaveAsync(app, brand, korean, english, vietnamese);

        var served = Nodes(await ListAsync(new { b = brand.Slug, market = "KR" }))
            .ToDictionary(n => n.GetProperty("title").GetString()!, n => (n.GetProperty("locale").GetString(), n.GetProperty("isFallback").GetBoolean()));
        Assert.Equal(("ko", false), served["ko-ready ko"]);
        Assert.Equal(("en", true), served["en-ready en"]);
        Assert.Equal(("vi", true), served["vi-only vi"]);

        Assert.Equal(["ko-ready ko"], Titles(await ListAsync(new { b = brand.Slug, market = "KR", fallback = false })));
        Assert.Equal(["en-ready en"], Titles(await ListAsync(new { b = brand.Slug, market = "KR", fallback = false, locale = "en" })));
    }
}
