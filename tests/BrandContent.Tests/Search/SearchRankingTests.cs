using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Search;

/// <summary>How hits are ranked: a match in the title (weight A) counts more than one in the other texts (weight B).</summary>
public sealed class SearchRankingTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var brand = TestContent.Brand();
        var inBody = SearchScene.Story(brand, ("vi", "Buôn làng trong đêm", "Tiếng cồng chiêng vang lên trong đêm hội"));
        var inTitle = SearchScene.Story(brand, ("vi", "Cồng chiêng Tây Nguyên", "Buôn làng trong đêm hội"));
        await app.SaveAsync(brand, inBody, inTitle);

        var edges = (await app.GraphQL().SearchAsync("cong chieng", brand)).Edges();

        Assert.Equal([inTitle.Id, inBody.Id], edges.Select(e => e.GetProperty("node").GetProperty("id").GetGuid()));
        Assert.True(edges[0].GetProperty("score").GetDouble() > edges[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task An_asset_titled_with_the_words_ranks_above_a_story_that_only_mentions_them()
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("en", "Village nights", "Gongs ring through the highland village during festivals"));
        var asset = SearchScene.Asset(brand, null, ("en", "Highland festivals", null, null));
        await app.SaveAsync(brand, story, asset);

        var edges = (await app.GraphQL().SearchAsync("festivals", brand, locale: "en")).Edges();

        Assert.Equal(["ASSET", "STORY"], edges.Select(e => e.GetProperty("kind").GetString()));
    }
}
