using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Posts;

/// <summary>Schedulers and partners read published posts: filtered, paged, in the market's chain, within their key's scope.</summary>
public sealed class ChannelPostDeliveryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Page = """
        query($b: String!, $c: String, $m: String, $cp: ID, $first: Int, $after: String, $preview: Boolean) {
          channelPosts(brand: $b, channel: $c, market: $m, campaign: $cp, first: $first, after: $after, preview: $preview) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { id text locale isFallback } }
          }
        }
        """;

    private readonly PostScene scene = new(app);

    private static List<string> Texts(GraphQLResponse response) =>
        [.. response.Ok().GetProperty("channelPosts").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("text").GetString()!)];

    [Fact]
    public async Task Published_posts_are_listed_newest_first_by_channel_market_and_campaign_in_the_markets_chain()
    {
        var brand = await scene.BrandAsync();
        var campaign = await CampaignAsync(brand.Slug);
        await using (var db = app.OpenDb())
        {
            db.AddRange(
                PostScene.Post(brand, "p1", ["x"], ["KR"], 50, "vi", "ko"),
                PostScene.Post(brand, "p2", ["youtube"], ["JP"], 40, "vi"),
                PostScene.Post(brand, "draft", ["x"], ["KR"], 30, new V("vi", WorkflowStatus.Draft)));
            var archived = PostScene.Post(brand, "archived", ["x"], ["KR"], 20, "vi");
            archived.ArchivedAt = DateTimeOffset.UtcNow;
            var p3 = PostScene.Post(brand, "p3", ["x", "youtube"], ["KR", "JP"], 10, "vi");
            p3.CampaignId = campaign;
            db.AddRange(archived, p3);
            await db.SaveChangesAsync();
        }

        var client = app.GraphQL();
        Assert.Equal(["p3 vi", "p2 vi", "p1 vi"], Texts(await client.QueryAsync(Page, new { b = brand.Slug })));
        Assert.Equal(["p3 vi", "p1 ko"], Texts(await client.QueryAsync(Page, new { b = brand.Slug, c = "X", m = "kr" })));
        Assert.Equal(["p3 vi", "p2 vi"], Texts(await client.QueryAsync(Page, new { b = brand.Slug, c = "youtube" })));
        Assert.Equal(["p3 vi"], Texts(await client.QueryAsync(Page, new { b = brand.Slug, cp = campaign })));

        var korea = (await client.QueryAsync(Page, new { b = brand.Slug, m = "KR" })).Ok().GetProperty("channelPosts").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).ToList();
        Assert.Equal([("vi", true), ("ko", false)], korea.Select(n => (n.GetProperty("locale").GetString(), n.GetProperty("isFallback").GetBoolean())));

        // Editors preview drafts; the archived post stays hidden.
        Assert.Equal(["p3 vi", "draft vi", "p2 vi", "p1 vi"], Texts(await client.QueryAsync(Page, new { b = brand.Slug, preview = true })));
    }

    [Fact]
    public async Task Pages_follow_their_cursor_and_bad_cursors_or_sizes_are_refused()
    {
        var brand = await scene.BrandAsync();
        await using (var db = app.OpenDb())
        {
            db.AddRange(Enumerable.Range(1, 5).Select(i => PostScene.Post(brand, $"n{i}", ["x"], ["KR"], 10 - i, "vi")));
            await db.SaveChangesAsync();
        }

        var client = app.GraphQL();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.QueryAsync(Page, new { b = brand.Slug, first = 2, after })).Ok().GetProperty("channelPosts");
            Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("text").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(["n5 vi", "n4 vi", "n3 vi", "n2 vi", "n1 vi"], seen);
        Assert.Equal(["INVALID_CURSOR"], (await client.QueryAsync(Page, new { b = brand.Slug, after = "<script>" })).ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], (await client.QueryAsync(Page, new { b = brand.Slug, after = new string('A', 5_000) })).ErrorCodes);
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], (await client.QueryAsync(Page, new { b = brand.Slug, first = 101 })).ErrorCodes);
    }

    [Fact]
    public async Task A_post_serves_its_references_and_leaves_out_media_whose_rights_expired()
    {
        var brand = await scene.BrandAsync();
        var campaign = await CampaignAsync(brand.Slug);
        var post = PostScene.Post(brand, "full", ["x", "youtube"], ["KR", "JP"], 0, "vi");
        (post.CampaignId, post.StoryId, post.EventId) = (campaign, brand.Story.Id, brand.Event.Id);
        foreach (var variant in post.Variants)
        {
            (variant.Media, variant.AltTexts) = ([brand.ExpiredImage.Id, brand.Video.Id], ["hết hạn", "phim"]);
        }

        await using (var db = app.OpenDb())
        {
            db.Add(post);
            await db.SaveChangesAsync();
        }

        var read = PostScene.Post(await app.GraphQL().QueryAsync("""
            query($id: ID!) {
              channelPost(id: $id) {
                brand { slug } campaign { id name } story { title } event { name } pillars { key }
                markets { code } media { asset { id } altText }
              }
            }
            """, new { id = post.Id }));
        Assert.Equal(brand.Slug, read.GetProperty("brand").GetProperty("slug").GetString());
        Assert.Equal("Mùa dã quỳ", read.GetProperty("campaign").GetProperty("name").GetString());
        Assert.Equal("s1 vi", read.GetProperty("story").GetProperty("title").GetString());
        Assert.StartsWith("Event", read.GetProperty("event").GetProperty("name").GetString());
        Assert.Equal(["coast"], read.GetProperty("pillars").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        Assert.Equal(["KR", "JP"], read.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        var medium = Assert.Single(read.GetProperty("media").EnumerateArray());
        Assert.Equal((brand.Video.Id, "phim"), (medium.GetProperty("asset").GetProperty("id").GetGuid(), medium.GetProperty("altText").GetString()));
    }

    [Fact]
    public async Task Posts_are_for_partners_and_schedulers_within_their_brands_and_markets_not_the_public()
    {
        var brand = await scene.BrandAsync();
        var other = await scene.BrandAsync();
        var korean = PostScene.Post(brand, "kr", ["x"], ["KR"], 2, "vi");
        var japanese = PostScene.Post(brand, "jp", ["x"], ["JP"], 1, "vi");
        var theirs = PostScene.Post(other, "theirs", ["x"], ["JP"], 0, "vi");
        await using (var db = app.OpenDb())
        {
            db.AddRange(korean, japanese, theirs);
            await db.SaveChangesAsync();
        }

        var anyone = await Keys.CreateAsync(app, "public reader", "PUBLIC");
        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(anyone).QueryAsync(Page, new { b = brand.Slug })).ErrorCodes);

        var japan = app.GraphQL(await Keys.CreateAsync(app, "japan scheduler", "PARTNER", brands: [brand.Slug], markets: ["JP"]));
        Assert.Equal(["jp vi"], Texts(await japan.QueryAsync(Page, new { b = brand.Slug })));
        Assert.Equal(["OUT_OF_SCOPE"], (await japan.QueryAsync(Page, new { b = brand.Slug, m = "KR" })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await japan.QueryAsync(Page, new { b = other.Slug })).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await japan.QueryAsync(Page, new { b = brand.Slug, preview = true })).ErrorCodes);

        const string One = "query($id: ID!) { channelPost(id: $id) { text } }";
        Assert.Equal("jp vi", PostScene.Post(await japan.QueryAsync(One, new { id = japanese.Id })).GetProperty("text").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await japan.QueryAsync(One, new { id = korean.Id })).Ok().GetProperty("channelPost").ValueKind);
        Assert.Equal(["OUT_OF_SCOPE"], (await japan.QueryAsync(One, new { id = theirs.Id })).ErrorCodes);
    }

    [Fact]
    public async Task Publishing_a_post_is_seen_at_once_by_a_reader_whose_answer_was_cached()
    {
        await app.ListeningAsync();
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"], ["KR"]);
        var partner = app.GraphQL(await Keys.CreateAsync(app, "cached partner", "PARTNER"));
        Assert.Empty(Texts(await partner.QueryAsync(Page, new { b = brand.Slug })));

        await scene.PublishAsync(id, "vi", new { text = "Mới đăng" });
        Assert.Equal(["Mới đăng"], Texts(await partner.QueryAsync(Page, new { b = brand.Slug })));
    }

    [Fact]
    public async Task A_page_of_posts_costs_as_many_statements_whatever_its_size()
    {
        var brand = await scene.BrandAsync();
        var campaign = await CampaignAsync(brand.Slug);
        await using (var db = app.OpenDb())
        {
            db.AddRange(Enumerable.Range(0, 30).Select(i =>
            {
                var post = PostScene.Post(brand, $"n{i}", ["x", "youtube"], ["KR", "JP"], 100 - i, "vi", "ko");
                (post.CampaignId, post.StoryId, post.EventId) = (campaign, brand.Story.Id, brand.Event.Id);
                return post;
            }));
            await db.SaveChangesAsync();
        }

        const string Deep = """
            query($b: String!, $first: Int) {
              channelPosts(brand: $b, market: "KR", first: $first) {
                edges { node { text brand { slug } campaign { name } story { title } event { name } pillars { key } markets { code } media { asset { url } altText } } }
              }
            }
            """;
        async Task<int> CountAsync(int first)
        {
            app.Statements.Reset();
            var edges = (await app.GraphQL().QueryAsync(Deep, new { b = brand.Slug, first })).Ok().GetProperty("channelPosts").GetProperty("edges");
            Assert.Equal(first, edges.GetArrayLength());
            return app.Statements.Count;
        }

        await CountAsync(1);
        Assert.Equal(await CountAsync(5), await CountAsync(25));
    }

    private async Task<Guid> CampaignAsync(string brand) =>
        (await app.GraphQL().QueryAsync(
            "mutation($b: String!) { createCampaign(brand: $b, input: { names: [{ locale: \"vi\", text: \"Mùa dã quỳ\" }], startsOn: \"2026-11-01\", endsOn: \"2026-11-30\" }) { id } }",
            new { b = brand }))
        .Ok().GetProperty("createCampaign").GetProperty("id").GetGuid();
}
