using System.Text.Json;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using static BrandContent.Tests.Assets.AssetBankData;

namespace BrandContent.Tests.Assets;

/// <summary>Who sees what in the asset bank: the rights expiry for partners, expired and working copies for editors in preview, a key's brand and market scope.</summary>
public sealed class AssetBankAccessTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static List<JsonElement> Nodes(JsonElement data) =>
        data.GetProperty("assets").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    [Fact]
    public async Task Editors_in_preview_also_see_expired_assets_and_working_copies_flagged_so_the_UI_can_warn()
    {
        var brand = TestContent.Brand();
        var current = Asset(brand, "current", rightsExpireAt: DateTimeOffset.UtcNow.AddDays(30));
        var expired = Asset(brand, "expired", rightsExpireAt: DateTimeOffset.UtcNow.AddDays(-1));
        var draft = Asset(brand, "draft", locales: [new V("vi", WorkflowStatus.Draft)]);
        await SaveAsync(app, brand, current, expired, draft);
        var editor = await Keys.CreateAsync(app, "asset editor", "EDITOR");
        const string Query = "query($b: String!, $p: Boolean) { assets(brand: $b, preview: $p) { edges { node { title rightsExpired } } } }";

        var published = Nodes((await app.GraphQL(editor).QueryAsync(Query, new { b = brand.Slug, p = false })).Ok());
        Assert.Equal(["current vi"], published.Select(n => n.GetProperty("title").GetString()));
        Assert.False(published[0].GetProperty("rightsExpired").GetBoolean());

        var preview = Nodes((await app.GraphQL(editor).QueryAsync(Query, new { b = brand.Slug, p = true })).Ok())
            .ToDictionary(n => n.GetProperty("title").GetString()!, n => n.GetProperty("rightsExpired").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["current vi"] = false, ["expired vi"] = true, ["draft vi"] = false }, preview);

        var single = (await app.GraphQL(editor).QueryAsync("query($id: ID!) { asset(id: $id, preview: true) { title rightsExpired } }", new { id = expired.Id })).Ok();
        Assert.True(single.GetProperty("asset").GetProperty("rightsExpired").GetBoolean());

        var keys = await Keys.ForEveryRoleAsync(app);
        foreach (var role in new[] { "PUBLIC", "PARTNER" })
        {
            Assert.Equal(["FORBIDDEN"], (await app.GraphQL(keys[role]).QueryAsync(Query, new { b = brand.Slug, p = true })).ErrorCodes);
        }
    }

    [Fact]
    public async Task A_partner_sees_the_rights_expiry_and_a_public_key_is_refused_that_field_but_not_the_asset_nor_its_credit_and_licence()
    {
        var brand = TestContent.Brand();
        var until = new DateTimeOffset(2031, 6, 30, 0, 0, 0, TimeSpan.Zero);
        var asset = Asset(brand, "licensed", rightsExpireAt: until);
        await SaveAsync(app, brand, asset);
        var keys = await Keys.ForEveryRoleAsync(app);
        const string WithExpiry = "query($b: String!) { assets(brand: $b) { edges { node { title rightsExpireAt } } } }";

        var partner = Nodes((await app.GraphQL(keys["PARTNER"]).QueryAsync(WithExpiry, new { b = brand.Slug })).Ok()).Single();
        Assert.Equal(until, partner.GetProperty("rightsExpireAt").GetDateTimeOffset());

        var publicKey = await app.GraphQL(keys["PUBLIC"]).QueryAsync(WithExpiry, new { b = brand.Slug });
        Assert.Equal(["FORBIDDEN"], publicKey.ErrorCodes);
        Assert.Contains("rightsExpireAt", publicKey.Errors[0].GetProperty("message").GetString());

        var plain = (await app.GraphQL(keys["PUBLIC"]).QueryAsync("query($b: String!) { assets(brand: $b) { edges { node { title url rightsExpired credit license } } } }", new { b = brand.Slug })).Ok();
        var shown = Nodes(plain).Single();
        Assert.Equal("licensed vi", shown.GetProperty("title").GetString());
        // A website that shows the photo must show its attribution: credit and licence are public, the expiry date is not.
        Assert.Equal(asset.Credit, shown.GetProperty("credit").GetString());
        Assert.Equal("CC BY 4.0", shown.GetProperty("license").GetString());
    }

    [Fact]
    public async Task A_brand_scoped_key_cannot_list_or_fetch_another_brands_assets()
    {
        var mine = TestContent.Brand();
        var theirs = TestContent.Brand();
        var own = Asset(mine, "own");
        var foreign = Asset(theirs, "foreign");
        await SaveAsync(app, mine, theirs, own, foreign);
        var key = await Keys.CreateAsync(app, "brand partner", "PARTNER", brands: [mine.Slug]);
        var client = app.GraphQL(key);

        Assert.Single(Nodes((await client.QueryAsync("query($b: String!) { assets(brand: $b) { edges { node { id } } } }", new { b = mine.Slug })).Ok()));
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync("query($b: String!) { assets(brand: $b) { edges { node { id } } } }", new { b = theirs.Slug })).ErrorCodes);

        const string One = "query($id: ID!) { asset(id: $id) { title } }";
        Assert.Equal("own vi", (await client.QueryAsync(One, new { id = own.Id })).Ok().GetProperty("asset").GetProperty("title").GetString());
        var refused = await client.QueryAsync(One, new { id = foreign.Id });
        Assert.Equal(["OUT_OF_SCOPE"], refused.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, refused.Data.GetProperty("asset").ValueKind);
    }

    [Fact]
    public async Task A_market_scoped_key_reads_in_its_markets_only()
    {
        var brand = TestContent.Brand();
        await SaveAsync(app, brand, Asset(brand, "seoul", locales: ["vi", "ko"]));
        var key = await Keys.CreateAsync(app, "korea partner", "PARTNER", markets: ["KR"]);
        const string Query = "query($b: String!, $m: String) { assets(brand: $b, market: $m) { edges { node { title } } } }";

        var korea = (await app.GraphQL(key).QueryAsync(Query, new { b = brand.Slug, m = "kr" })).Ok();
        Assert.Equal("seoul ko", Nodes(korea).Single().GetProperty("title").GetString());
        Assert.Equal(["OUT_OF_SCOPE"], (await app.GraphQL(key).QueryAsync(Query, new { b = brand.Slug, m = "JP" })).ErrorCodes);
    }
}
