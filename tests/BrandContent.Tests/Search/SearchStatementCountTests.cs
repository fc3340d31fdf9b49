using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Search;

/// <summary>
/// No N+1: the search is one statement, then two per kind on the page (as every delivery read by id), and nested
/// fields load in batches; so a page of one kind costs the same at 2 hits as at 16, and a page of 20 of every kind stays small.
/// </summary>
public sealed class SearchStatementCountTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Query = """
        query($b: String!, $f: Int, $k: [ContentKind!]) {
          search(text: "cong chieng", brand: $b, market: "KR", first: $f, kinds: $k) {
            edges { kind snippet node {
              ... on Story { title locale isFallback pillars { key name } heroAsset { url title } alternates { locale slug } }
              ... on Event { name locale }
              ... on KeyMessage { headline }
              ... on Pillar { key name }
              ... on Asset { title altText }
            } }
          }
        }
        """;

    [Fact]
    public async Task A_page_of_16_stories_runs_as_many_statements_as_a_page_of_2_and_20_hits_of_every_kind_run_fewer_than_20()
    {
        var brand = TestContent.Brand();
        var pillar = SearchScene.Pillar(brand, "gongs", ("vi", "Cồng chiêng", null), ("ko", "공 문화", null));
        var asset = SearchScene.Asset(brand, null, ("vi", "Ảnh cồng chiêng", null, null));
        var content = new List<object> { pillar, asset };
        for (var i = 0; i < 16; i++)
        {
            content.Add(SearchScene.Story(brand, ("vi", $"Cồng chiêng {i}", null), ("ko", $"cong chieng {i}", null)).WithPillars(pillar).WithHero(asset));
            content.Add(SearchScene.Event(brand, ("vi", $"Lễ hội cồng chiêng {i}", null)));
            content.Add(SearchScene.KeyMessage(brand, [], ("vi", $"Cồng chiêng là di sản {i}", null)));
            content.Add(SearchScene.Asset(brand, null, ("vi", $"Bộ cồng chiêng {i}", null, null)));
        }

        await app.SaveAsync(brand, [.. content]);
        var client = app.GraphQL();
        (await client.QueryAsync(Query, new { b = brand.Slug, f = 1 })).Ok();

        async Task<(int Statements, int Kinds)> CountAsync(int first, string[]? kinds = null)
        {
            app.Statements.Reset();
            var hits = (await client.QueryAsync(Query, new { b = brand.Slug, f = first, k = kinds })).Ok().GetProperty("search").GetProperty("edges");
            var statements = app.Statements.Count;
            Assert.Equal(first, hits.GetArrayLength());
            return (statements, hits.EnumerateArray().Select(h => h.GetProperty("kind").GetString()).Distinct().Count());
        }

        var twoStories = await CountAsync(2, ["STORY"]);
        var sixteenStories = await CountAsync(16, ["STORY"]);
        Assert.Equal(twoStories.Statements, sixteenStories.Statements);

        var everyKind = await CountAsync(20);
        Assert.InRange(everyKind.Statements, 1, 19);
        Assert.True(everyKind.Statements <= sixteenStories.Statements + (2 * (everyKind.Kinds - 1)), $"{everyKind} vs {sixteenStories}");
    }
}
