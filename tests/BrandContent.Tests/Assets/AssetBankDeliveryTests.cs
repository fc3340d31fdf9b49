using System.Text.Json;
using BrandContent.Tests.Fixtures;
using static BrandContent.Tests.Assets.AssetBankData;

namespace BrandContent.Tests.Assets;

/// <summary>The asset bank as delivery: no N+1 on a page, answers kept in the response cache until an edit or a rights expiry ends them.</summary>
public sealed class AssetBankDeliveryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Page = """
        query($b: String!, $first: Int) {
          assets(brand: $b, market: "KR", first: $first) {
            totalCount
            edges { node { title locale isFallback tags url(width: 400) pillars { key name locale } } }
          }
        }
        """;

    private const string ByTag = "query($b: String!, $t: String) { assets(brand: $b, tag: $t) { edges { node { id title } } } }";

    private async Task<(JsonElement Body, int Statements)> ReadAsync(string query, object variables)
    {
        app.Statements.Reset();
        var response = await app.GraphQL().QueryAsync(query, variables);
        var statements = app.Statements.Count;
        response.Ok();
        return (response.Body, statements);
    }

    private static int Count(JsonElement body) => body.GetProperty("data").GetProperty("assets").GetProperty("edges").GetArrayLength();

    [Fact]
    public async Task A_5_asset_page_and_a_50_asset_page_run_the_same_small_number_of_statements()
    {
        await app.ListeningAsync();
        var brand = TestContent.Brand();
        var pillars = Enumerable.Range(0, 4).Select(i => TestContent.Pillar(brand, $"p{i}", i, "vi", "ko")).ToArray();
        var assets = Enumerable.Range(0, 60)
            .Select(i => Asset(brand, $"n{i}", tags: [$"t{i % 3}"], pillars: [pillars[i % 4], pillars[(i + 1) % 4]], locales: ["vi", i % 2 == 0 ? "ko" : "en"]))
            .ToArray();
        await SaveAsync(app, [brand, .. pillars, .. assets]);

        // The first request of a host also checks the schema; the cache would answer the repeats, so each size is asked once.
        await ReadAsync(Page, new { b = brand.Slug, first = 1 });
        var (five, fiveStatements) = await ReadAsync(Page, new { b = brand.Slug, first = 5 });
        var (fifty, fiftyStatements) = await ReadAsync(Page, new { b = brand.Slug, first = 50 });

        Assert.Equal(5, Count(five));
        Assert.Equal(50, Count(fifty));
        Assert.All(fifty.GetProperty("data").GetProperty("assets").GetProperty("edges").EnumerateArray(), e =>
            Assert.Equal(2, e.GetProperty("node").GetProperty("pillars").GetArrayLength()));
        Assert.Equal(fiveStatements, fiftyStatements);
        Assert.InRange(fiftyStatements, 1, 8);
    }

    [Fact]
    public async Task A_repeated_read_comes_from_the_cache_until_an_editor_changes_an_assets_tags()
    {
        await app.ListeningAsync();
        var brand = TestContent.Brand();
        var asset = Asset(brand, "tagged", tags: ["old"]);
        await SaveAsync(app, brand, asset);

        Assert.Equal(1, Count((await ReadAsync(ByTag, new { b = brand.Slug, t = "old" })).Body));
        var (cached, statements) = await ReadAsync(ByTag, new { b = brand.Slug, t = "old" });
        Assert.Equal(0, statements);
        Assert.Equal(1, Count(cached));

        (await app.GraphQL().QueryAsync(
            "mutation($id: ID!) { updateAsset(id: $id, input: { kind: IMAGE, url: \"https://media.test/x.jpg\", mimeType: \"image/jpeg\", tags: [\"new\"] }) { id } }",
            new { id = asset.Id })).Ok();

        Assert.Equal(0, Count((await ReadAsync(ByTag, new { b = brand.Slug, t = "old" })).Body));
        Assert.Equal(1, Count((await ReadAsync(ByTag, new { b = brand.Slug, t = "new" })).Body));
    }

    [Fact]
    public async Task A_cached_list_ends_when_an_asset_in_it_loses_its_rights()
    {
        await app.ListeningAsync();
        var brand = TestContent.Brand();
        await SaveAsync(app, brand, Asset(brand, "leaving", rightsExpireAt: DateTimeOffset.UtcNow.AddSeconds(8)), Asset(brand, "staying"));
        const string All = "query($b: String!) { assets(brand: $b) { edges { node { id title } } } }";

        Assert.Equal(2, Count((await ReadAsync(All, new { b = brand.Slug })).Body));
        Assert.Equal(0, (await ReadAsync(All, new { b = brand.Slug })).Statements);

        // Nothing is written: the cached answer's lifetime ends with the rights (DeliveryTimeline reads RightsExpireAt).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int count;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250)); // polling the answer, within the rate limit
            count = Count((await ReadAsync(All, new { b = brand.Slug })).Body);
        }
        while (count == 2 && DateTime.UtcNow < deadline);

        Assert.Equal(1, count);
    }
}
