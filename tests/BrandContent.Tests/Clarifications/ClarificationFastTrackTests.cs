using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>The fast track: administrators and reviewers publish a clarification's source at once; the history says so.</summary>
public sealed class ClarificationFastTrackTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ClarificationScene scene = new(app);

    private async Task<List<JsonElement>> HistoryAsync(Guid id, string locale = "vi") =>
        [.. (await app.GraphQL().QueryAsync("query($id: ID!, $l: String!) { variantHistory(kind: CLARIFICATION, id: $id, locale: $l) { action status actor at } }", new { id, l = locale }))
            .Ok().GetProperty("variantHistory").EnumerateArray()];

    [Theory]
    [InlineData("REVIEWER")]
    [InlineData("ADMIN")]
    public async Task A_reviewer_or_administrator_publishes_a_draft_clarification_at_once_and_the_history_records_the_fast_track(string role)
    {
        var brand = await scene.BrandAsync();
        var id = await scene.DraftAsync(brand.Slug);
        var keys = await Keys.ForEveryRoleAsync(app);
        var before = DateTimeOffset.UtcNow;

        var published = (await scene.PublishNowAsync(id, keys[role])).Ok().GetProperty("publishClarificationNow");

        Assert.Equal("PUBLISHED", published.GetProperty("status").GetString());
        var latest = (await HistoryAsync(id))[0];
        Assert.Equal("FAST_TRACK_PUBLISHED", latest.GetProperty("action").GetString());
        Assert.Equal("PUBLISHED", latest.GetProperty("status").GetString());
        Assert.Equal($"matrix {role}", latest.GetProperty("actor").GetString());
        Assert.InRange(latest.GetProperty("at").GetDateTimeOffset(), before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.DoesNotContain(await HistoryAsync(id), h => h.GetProperty("action").GetString() is "SUBMITTED_FOR_REVIEW" or "APPROVED");

        var served = Assert.Single(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"]));
        Assert.Equal("Không có chuyện đó", served.GetProperty("title").GetString());
        Assert.Equal("HIGH", served.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task An_editor_is_refused_the_fast_track_and_the_clarification_stays_a_draft_nobody_is_served()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.DraftAsync(brand.Slug);
        var keys = await Keys.ForEveryRoleAsync(app);

        var refused = await scene.PublishNowAsync(id, keys["EDITOR"]);

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal("DRAFT", (await scene.Editing.VariantAsync(ClarificationScene.Kind, id, "vi")).GetProperty("status").GetString());
        Assert.DoesNotContain(await HistoryAsync(id), h => h.GetProperty("action").GetString() == "FAST_TRACK_PUBLISHED");
        Assert.Empty(await scene.ClarificationsAsync(brand.Slug, keys["PUBLIC"]));
    }

    [Fact]
    public async Task The_fast_track_refuses_a_published_clarification_an_unknown_id_and_another_brands_reviewer()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.DraftAsync(brand.Slug);
        (await scene.PublishNowAsync(id)).Ok();

        Assert.Equal(["INVALID_TRANSITION"], (await scene.PublishNowAsync(id)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await scene.PublishNowAsync(Guid.NewGuid())).ErrorCodes);

        var story = (await app.GraphQL().QueryAsync("{ stories(brand: \"gia-lai\", first: 1) { edges { node { id } } } }"))
            .Ok().GetProperty("stories").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetGuid();
        Assert.Equal(["NOT_FOUND"], (await scene.PublishNowAsync(story)).ErrorCodes);

        var other = await scene.DraftAsync(brand.Slug);
        var elsewhere = await Keys.CreateAsync(app, "reviewer of gia-lai", "REVIEWER", brands: ["gia-lai"]);
        Assert.Equal(["OUT_OF_SCOPE"], (await scene.PublishNowAsync(other, elsewhere)).ErrorCodes);
        Assert.Equal("DRAFT", (await scene.Editing.VariantAsync(ClarificationScene.Kind, other, "vi")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_clarification_that_fails_its_own_rules_is_not_fast_tracked()
    {
        var brand = await scene.BrandAsync();
        var id = (await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" } })).Ok().GetProperty("createClarification").GetProperty("id").GetGuid();

        // No Vietnamese text yet: nothing to publish.
        Assert.Equal(["VARIANT_NOT_FOUND"], (await scene.PublishNowAsync(id)).ErrorCodes);
    }
}
