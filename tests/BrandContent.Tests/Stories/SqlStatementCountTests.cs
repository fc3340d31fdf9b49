using BrandContent.Brands;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Stories;

/// <summary>No N+1: a page's statement count does not depend on how many stories, pillars and assets it holds.</summary>
public sealed class SqlStatementCountTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Query = """
        query($b: String!, $first: Int) {
          stories(brand: $b, market: "KR", first: $first) {
            totalCount
            edges { node { title locale isFallback pillars { key name locale } heroAsset { url title altText } alternates { locale slug } } }
          }
        }
        """;

    private async Task<Brand> SeedAsync()
    {
        await app.ListeningAsync();
        var brand = TestContent.Brand();
        var pillars = Enumerable.Range(0, 4).Select(i => TestContent.Pillar(brand, $"p{i}", i, "vi", "ko")).ToList();
        var assets = Enumerable.Range(0, 10).Select(_ => TestContent.Asset(brand)).ToList();
        var stories = Enumerable.Range(0, 60)
            .Select(i => TestContent.Story(brand, $"n{i}", new DateOnly(2026, 1, 1).AddDays(i), "vi", i % 2 == 0 ? "ko" : "en")
                .WithPillars(pillars[i % 4], pillars[(i + 1) % 4])
                .WithHero(assets[i % 10]))
            .ToList();
        await using var db = app.OpenDb();
        db.Add(brand);
        db.AddRange(pillars);
        db.AddRange(assets);
        db.AddRange(stories);
        await db.SaveChangesAsync();
        return brand;
    }

    private async Task<int> CountStatementsAsync(Brand brand, int first)
    {
        var client = app.GraphQL();
        app.Statements.Reset();
        var stories = (await client.QueryAsync(Query, new { b = brand.Slug, first })).Ok().GetProperty("stories");
        var count = app.Statements.Count;

        var edges = stories.GetProperty("edges");
        Assert.Equal(first, edges.GetArrayLength());
        Assert.All(edges.EnumerateArray(), e =>
        {
            Assert.Equal(2, e.GetProperty("node").GetProperty("pillars").GetArrayLength());
            Assert.NotNull(e.GetProperty("node").GetProperty("heroAsset").GetProperty("url").GetString());
        });
        return count;
    }

    [Fact]
    public async Task The_total_is_counted_only_when_the_client_asks_for_it()
    {
        var brand = await SeedAsync();
        var client = app.GraphQL();
        await client.QueryAsync("query($b: String!) { stories(brand: $b) { totalCount } }", new { b = brand.Slug });

        app.Statements.Reset();
        (await client.QueryAsync("query($b: String!) { stories(brand: $b, first: 5) { totalCount edges { node { title } } } }", new { b = brand.Slug })).Ok();
        var withTotal = app.Statements.Count;
        app.Statements.Reset();
        (await client.QueryAsync("query($b: String!) { stories(brand: $b, first: 5) { edges { node { title } } } }", new { b = brand.Slug })).Ok();

        Assert.Equal(withTotal - 1, app.Statements.Count);
    }

    [Fact]
    public async Task A_5_story_page_and_a_50_story_page_run_the_same_small_number_of_statements()
    {
        var brand = await SeedAsync();
        await CountStatementsAsync(brand, 1); // warm-up: the first request also checks the schema/migrations

        var five = await CountStatementsAsync(brand, 5);
        var fifty = await CountStatementsAsync(brand, 50);

        Assert.Equal(five, fifty);
        Assert.InRange(five, 1, 12);
    }
}
