using System.Text.Json;
using System.Text.RegularExpressions;
using BrandContent.Localization;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Stories;

/// <summary>
/// Finding a story by its slug in any locale reads an index that leads with brand and slug, so its cost does not grow
/// with the number of stories of the brand (a scan of the brand's part of an index led by locale did, at 10,000 stories).
/// </summary>
public sealed partial class StorySlugPlanTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task The_slug_lookup_reads_an_index_that_leads_with_brand_and_slug()
    {
        await using var db = app.OpenDb();
        var chain = new LocaleRequest(["fr"], Fallback: true, Preview: false).ChainFor("vi");
        var sql = Executable(db.VariantsWithSlug(Guid.NewGuid(), "story-123", chain, DateTimeOffset.UtcNow).ToQueryString());

        await db.Database.OpenConnectionAsync();
        await using var explain = db.Database.GetDbConnection().CreateCommand();
        // The test database is small: without this PostgreSQL would rightly read the whole table, whatever its indexes.
        explain.CommandText = "SET enable_seqscan = off; EXPLAIN (FORMAT JSON) " + sql;
        var scan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!).RootElement[0].GetProperty("Plan");

        Assert.Contains(scan.GetProperty("Node Type").GetString(), new[] { "Index Scan", "Index Only Scan", "Bitmap Heap Scan" });
        var index = IndexName(scan);
        var definition = await db.Database.SqlQuery<string>($"SELECT pg_get_indexdef(quote_ident({index})::regclass) AS \"Value\"").SingleAsync();
        Assert.Matches("""\("BrandId", "Slug"[,)]""", definition);
    }

    private static string IndexName(JsonElement node) =>
        node.TryGetProperty("Index Name", out var name) ? name.GetString()! : IndexName(node.GetProperty("Plans")[0]);

    /// <summary>ToQueryString's SQL with its parameters (given as "-- @name='value'" lines) written in as literals.</summary>
    private static string Executable(string sql)
    {
        var values = Parameter().Matches(sql).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        var body = string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith("--", StringComparison.Ordinal)));
        return ParameterUse().Replace(body, m => values.TryGetValue(m.Groups["name"].Value, out var value) ? $"'{value}'" : m.Value);
    }

    [GeneratedRegex("^-- @(?<name>\\w+)='(?<value>[^']*)'", RegexOptions.Multiline)]
    private static partial Regex Parameter();

    [GeneratedRegex("@(?<name>\\w+)")]
    private static partial Regex ParameterUse();
}
