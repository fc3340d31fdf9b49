using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Posts;

/// <summary>A post's own values: what it refers to must be of its brand, what it targets must exist and fit together.</summary>
public sealed class ChannelPostEntityTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly PostScene scene = new(app);

    [Fact]
    public async Task A_post_is_created_with_its_campaign_story_event_and_pillars_and_codes_in_their_one_spelling()
    {
        var brand = await scene.BrandAsync();
        var campaign = await CampaignAsync(brand.Slug);
        var response = await scene.CreateAsync(brand.Slug, new
        {
            campaign,
            story = brand.Story.Id,
            @event = brand.Event.Id,
            pillars = new[] { "coast" },
            channels = new[] { " X ", "youtube", "x" },
            markets = new[] { "kr", "JP" },
        });

        var created = response.Ok().GetProperty("createChannelPost");
        var values = created.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!, v => v.GetProperty("value").GetString());
        Assert.Equal("x, youtube", values["channels"]);
        Assert.Equal("KR, JP", values["markets"]);
        Assert.Equal(campaign.ToString(), values["campaignId"]);
        Assert.Equal(brand.Story.Id.ToString(), values["storyId"]);
        Assert.Equal(brand.Pillar.Id.ToString(), values["pillarIds"]);

        await using var db = app.OpenDb();
        var audit = await db.AuditEntries.Where(a => a.TargetKind == "ChannelPost" && a.TargetId == created.GetProperty("id").GetGuid()).ToListAsync();
        Assert.Equal("createChannelPost", Assert.Single(audit).Operation);
    }

    [Fact]
    public async Task Forged_ids_and_another_brands_campaign_story_event_and_pillar_are_refused_alike()
    {
        var brand = await scene.BrandAsync();
        var other = await scene.BrandAsync();
        var otherCampaign = await CampaignAsync(other.Slug);

        var theirs = PostScene.Problems(await scene.CreateAsync(brand.Slug, new
        {
            campaign = otherCampaign,
            story = other.Story.Id,
            @event = other.Event.Id,
            pillars = new[] { "coast", "not-a-pillar" },
            channels = new[] { "x" },
            markets = new[] { "KR" },
        }));
        Assert.Equal(
            [("campaign", "REFERENCE"), ("event", "REFERENCE"), ("pillars", "REFERENCE"), ("story", "REFERENCE")],
            theirs.Select(p => (p.Field, p.Rule)).Order());

        var forged = PostScene.Problems(await scene.CreateAsync(brand.Slug, new
        {
            campaign = Guid.NewGuid(),
            story = Guid.NewGuid(),
            @event = Guid.NewGuid(),
            channels = new[] { "x" },
            markets = new[] { "KR" },
        }));
        Assert.Equal([("campaign", "REFERENCE"), ("event", "REFERENCE"), ("story", "REFERENCE")], forged.Select(p => (p.Field, p.Rule)).Order());

        // An id that is not a UUID never reaches the resolver.
        var malformed = await app.GraphQL().QueryAsync(
            "mutation($b: String!) { createChannelPost(brand: $b, input: { story: \"1 OR 1=1\", channels: [\"x\"], markets: [\"KR\"] }) { id } }", new { b = brand.Slug });
        Assert.NotEmpty(malformed.Errors);
        Assert.DoesNotContain("INTERNAL_ERROR", malformed.ErrorCodes);
    }

    [Fact]
    public async Task Channels_and_markets_must_exist_be_offered_and_fit_together()
    {
        var brand = await scene.BrandAsync();

        var none = PostScene.Problems(await scene.CreateAsync(brand.Slug, new { channels = Array.Empty<string>(), markets = Array.Empty<string>() }));
        Assert.Equal([("channels", "REQUIRED"), ("markets", "REQUIRED")], none.Select(p => (p.Field, p.Rule)).Order());

        var unknown = PostScene.Problems(await scene.CreateAsync(brand.Slug, new { channels = new[] { "myspace" }, markets = new[] { "ATLANTIS" } }));
        Assert.Equal([("channels", "REFERENCE"), ("markets", "REFERENCE")], unknown.Select(p => (p.Field, p.Rule)).Order());

        // A channel for Korea only cannot carry a post for Japan.
        var apart = PostScene.Problems(await scene.CreateAsync(brand.Slug, new { channels = new[] { "korea-only-test" }, markets = new[] { "JP" } }));
        var problem = Assert.Single(apart);
        Assert.Equal(("channels", "CHANNEL_MARKET"), (problem.Field, problem.Rule));
        Assert.Contains("korea-only-test", problem.Message);
        await scene.CreateOkAsync(brand.Slug, ["korea-only-test"], ["JP", "KR"]);

        await using (var db = app.OpenDb())
        {
            await db.Channels.Where(c => c.Code == "korea-only-test").ExecuteUpdateAsync(c => c.SetProperty(x => x.ArchivedAt, DateTimeOffset.UtcNow));
        }

        try
        {
            var archived = PostScene.Problems(await scene.CreateAsync(brand.Slug, new { channels = new[] { "korea-only-test" }, markets = new[] { "KR" } }));
            Assert.Equal([("channels", "REFERENCE")], archived.Select(p => (p.Field, p.Rule)));
        }
        finally
        {
            await scene.EnsureChannelsAsync();
        }
    }

    [Fact]
    public async Task Huge_lists_are_refused_as_a_whole_not_item_by_item()
    {
        var brand = await scene.BrandAsync();
        var codes = Enumerable.Range(0, 5_000).Select(i => $"c{i}").ToArray();

        var response = await scene.CreateAsync(brand.Slug, new { channels = codes, markets = new[] { "KR" }, pillars = codes });
        var problems = PostScene.Problems(response);
        Assert.Contains(problems, p => p.Field == "channels" && p.Rule == "RANGE");
        Assert.Contains(problems, p => p.Field == "pillars" && p.Rule == "RANGE");
        Assert.True(problems.Count < 200, $"{problems.Count} problems");
    }

    [Fact]
    public async Task An_editor_of_another_brand_may_not_create_or_change_the_brands_posts_and_a_partner_may_not_write()
    {
        var brand = await scene.BrandAsync();
        var other = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x"]);
        var editor = await Keys.CreateAsync(app, "other brand's editor", "EDITOR", brands: [other.Slug]);
        var partner = await Keys.CreateAsync(app, "partner", "PARTNER");

        var create = await app.GraphQL(editor).QueryAsync(
            "mutation($b: String!) { createChannelPost(brand: $b, input: { channels: [\"x\"], markets: [\"KR\"] }) { id } }", new { b = brand.Slug });
        Assert.Equal(["OUT_OF_SCOPE"], create.ErrorCodes);

        var update = await app.GraphQL(editor).QueryAsync(
            "mutation($id: ID!) { updateChannelPost(id: $id, input: { channels: [\"x\"], markets: [\"JP\"] }) { id } }", new { id });
        Assert.Equal(["OUT_OF_SCOPE"], update.ErrorCodes);

        var text = await new Fixtures.Editing(app.GraphQL(editor)).UpsertAsync(PostScene.Kind, id, "vi", null, new { text = "x" });
        Assert.Equal(["OUT_OF_SCOPE"], text.ErrorCodes);

        var byPartner = await app.GraphQL(partner).QueryAsync(
            "mutation($b: String!) { createChannelPost(brand: $b, input: { channels: [\"x\"], markets: [\"KR\"] }) { id } }", new { b = brand.Slug });
        Assert.Equal(["FORBIDDEN"], byPartner.ErrorCodes);

        await using var db = app.OpenDb();
        Assert.Equal(["KR"], (await db.ChannelPosts.SingleAsync(p => p.Id == id)).Markets);
    }

    private async Task<Guid> CampaignAsync(string brand) =>
        (await app.GraphQL().QueryAsync(
            "mutation($b: String!) { createCampaign(brand: $b, input: { names: [{ locale: \"vi\", text: \"Mùa dã quỳ\" }], startsOn: \"2026-11-01\", endsOn: \"2026-11-30\" }) { id } }",
            new { b = brand }))
        .Ok().GetProperty("createCampaign").GetProperty("id").GetGuid();
}
