using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Publishing;

/// <summary>Delivery serves PUBLISHED variants inside their window only, and never an asset whose rights expired.</summary>
public sealed class DeliveryRulesTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    private async Task<Brand> SeedAsync(params object[] entities)
    {
        var brand = (Brand)entities[0];
        await using var db = app.OpenDb();
        db.AddRange(entities);
        await db.SaveChangesAsync();
        return brand;
    }

    private async Task<JsonElement> StoriesAsync(Brand brand, string market = "KR") =>
        (await app.GraphQL().QueryAsync(
            "query($b: String!, $m: String) { stories(brand: $b, market: $m) { totalCount edges { node { title locale heroAsset { url } } } } }",
            new { b = brand.Slug, m = market })).Ok().GetProperty("stories");

    [Fact]
    public async Task Draft_in_review_and_approved_variants_are_never_delivered()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "mixed", Day,
            "vi", new V("ko", WorkflowStatus.Draft), new V("en", WorkflowStatus.Approved), new V("ja", WorkflowStatus.InReview));
        await SeedAsync(brand, story);

        foreach (var market in new[] { "KR", "JP", "US" })
        {
            var node = (await StoriesAsync(brand, market)).GetProperty("edges")[0].GetProperty("node");
            Assert.Equal("vi", node.GetProperty("locale").GetString());
            Assert.Equal("mixed vi", node.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Story_with_only_drafts_is_not_listed_and_not_found_by_slug()
    {
        var brand = TestContent.Brand();
        var draft = TestContent.Story(brand, "draft", Day, new V("vi", WorkflowStatus.Draft), new V("en", WorkflowStatus.InReview));
        var published = TestContent.Story(brand, "live", Day.AddDays(-1), "vi");
        await SeedAsync(brand, draft, published);

        var stories = await StoriesAsync(brand);
        Assert.Equal(1, stories.GetProperty("totalCount").GetInt32());
        Assert.Equal("live vi", stories.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString());

        var bySlug = (await app.GraphQL().QueryAsync("query($b: String!) { story(brand: $b, slug: \"draft-vi\") { title } }", new { b = brand.Slug })).Ok();
        Assert.Equal(JsonValueKind.Null, bySlug.GetProperty("story").ValueKind);
    }

    [Fact]
    public async Task PublishAt_and_unpublishAt_are_honoured()
    {
        var now = DateTimeOffset.UtcNow;
        var brand = TestContent.Brand();
        await SeedAsync(
            brand,
            TestContent.Story(brand, "scheduled", Day, new V("vi", WorkflowStatus.Published, PublishAt: now.AddDays(1))),
            TestContent.Story(brand, "expired", Day, new V("vi", WorkflowStatus.Published, UnpublishAt: now.AddDays(-1))),
            TestContent.Story(brand, "running", Day, new V("vi", WorkflowStatus.Published, PublishAt: now.AddDays(-1), UnpublishAt: now.AddDays(1))));

        var stories = await StoriesAsync(brand);
        Assert.Equal(1, stories.GetProperty("totalCount").GetInt32());
        Assert.Equal("running vi", stories.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Asset_whose_rights_expired_is_not_delivered()
    {
        var brand = TestContent.Brand();
        var expired = TestContent.Asset(brand, DateTimeOffset.UtcNow.AddDays(-1));
        var valid = TestContent.Asset(brand, DateTimeOffset.UtcNow.AddYears(1));
        await SeedAsync(
            brand, expired, valid,
            TestContent.Story(brand, "old-photo", Day, "vi").WithHero(expired),
            TestContent.Story(brand, "new-photo", Day.AddDays(-1), "vi").WithHero(valid));

        var edges = (await StoriesAsync(brand)).GetProperty("edges");
        Assert.Equal(JsonValueKind.Null, edges[0].GetProperty("node").GetProperty("heroAsset").ValueKind);
        Assert.Equal(valid.Url, edges[1].GetProperty("node").GetProperty("heroAsset").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Brand_without_published_identity_text_is_not_delivered()
    {
        var brand = await SeedAsync(TestContent.Brand(null, new V("vi", WorkflowStatus.Draft)));
        var data = (await app.GraphQL().QueryAsync("query($s: String!) { brand(slug: $s) { name } brands { slug } }", new { s = brand.Slug })).Ok();
        Assert.Equal(JsonValueKind.Null, data.GetProperty("brand").ValueKind);
        Assert.DoesNotContain(data.GetProperty("brands").EnumerateArray(), b => b.GetProperty("slug").GetString() == brand.Slug);
    }
}
