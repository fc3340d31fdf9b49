using System.Text.Json;
using BrandContent.Localization;
using BrandContent.Search;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BrandContent.Tests.Search;

/// <summary>
/// A search reads the partial GIN indexes of AddSearch, never a whole variant table. Two checks, stated honestly:
/// with <c>enable_seqscan = off</c> the planner must find an index path for every kind (a query the index cannot
/// serve would still scan; at a few rows a scan is what PostgreSQL should choose); and with thousands of live stories
/// and fresh statistics, the planner's own choice is the search index. The bench (bench/search.sh) shows the plan at 100,000 stories × 6 locales.
/// </summary>
public sealed class SearchPlanTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly string[] VariantTables = SearchableKinds.All.Select(k => k.VariantTable).ToArray();

    private static SearchRequest Request(Guid brandId, string text, SearchCursor? after = null) =>
        new(
            SearchText.Parse(text),
            brandId,
            new LocaleRequest(["en"], Fallback: true, Preview: false).ChainFor("vi"),
            SearchableKinds.All.Select(k => k.Kind).ToList(),
            null,
            ["KR"],
            20,
            after,
            DateTimeOffset.UtcNow);

    private async Task<JsonElement> ExplainAsync(SearchRequest request, bool seqscan)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (sql, parameters) = await SearchStatement.PrepareAsync(connection, request, new SearchOptions(), CancellationToken.None);
        await using (var set = new NpgsqlCommand($"SET LOCAL enable_seqscan = {(seqscan ? "on" : "off")}", connection))
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + sql, connection);
        explain.Parameters.AddRange(parameters);
        return JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!).RootElement[0].GetProperty("Plan");
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement plan) =>
        new[] { plan }.Concat(plan.TryGetProperty("Plans", out var children) ? children.EnumerateArray().SelectMany(Nodes) : []);

    private static IEnumerable<string> SequentialScans(JsonElement plan) =>
        Nodes(plan).Where(n => n.GetProperty("Node Type").GetString() == "Seq Scan").Select(n => n.GetProperty("Relation Name").GetString()!);

    private static string Summary(JsonElement plan) =>
        string.Join("\n", Nodes(plan).Select(n => $"{n.GetProperty("Node Type")} {(n.TryGetProperty("Relation Name", out var r) ? r.ToString() : "")} {(n.TryGetProperty("Index Name", out var i) ? i.ToString() : "")} {(n.TryGetProperty("Total Cost", out var c) ? c.ToString() : "")}"));

    private static IEnumerable<string> IndexesRead(JsonElement plan) =>
        Nodes(plan).Where(n => n.TryGetProperty("Index Name", out _)).Select(n => n.GetProperty("Index Name").GetString()!);

    [Theory]
    [InlineData("cong chieng")]
    [InlineData("festivals")]
    [InlineData("해바라기")]
    [InlineData("pleiku ゴング")]
    public async Task No_kind_needs_a_sequential_scan_of_its_variant_table(string text)
    {
        var after = new SearchCursor(0.5f, ContentKind.Story, Guid.NewGuid(), SearchText.Parse(text).Fingerprint);

        foreach (var request in new[] { Request(Guid.NewGuid(), text), Request(Guid.NewGuid(), text, after) })
        {
            var plan = await ExplainAsync(request, seqscan: false);

            Assert.Empty(SequentialScans(plan).Intersect(VariantTables));
        }
    }

    [Fact]
    public async Task With_thousands_of_live_stories_the_planner_itself_chooses_the_search_index()
    {
        var brand = TestContent.Brand();
        var stories = Enumerable.Range(0, 3000)
            .Select(i => (object)SearchScene.Story(brand, ("vi", $"Buôn làng số {i}", "Câu chuyện về cao nguyên và núi lửa"), ("en", $"Village {i}", "A story of the highlands")))
            .ToArray();
        await app.SaveAsync(brand, stories);
        await using (var db = app.OpenDb())
        {
            // As autovacuum would have: merges the GIN pending list (fresh rows there make the index look expensive) and gathers statistics.
            await db.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "StoryVariants" """);
            await db.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "Stories" """);
        }

        foreach (var text in new[] { "xoang", "cong chieng", "festivals", "해바라기", "pleiku ゴング" })
        {
            var plan = await ExplainAsync(Request(brand.Id, text), seqscan: true);

            Assert.DoesNotContain("StoryVariants", SequentialScans(plan));
            Assert.True(IndexesRead(plan).Contains("IX_StoryVariants_SearchVector"), text + "\n" + Summary(plan));
        }
    }
}
