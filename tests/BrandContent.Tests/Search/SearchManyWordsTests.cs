using BrandContent.Localization;
using BrandContent.Search;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BrandContent.Tests.Search;

/// <summary>
/// A text of more words than <see cref="SearchOptions.IndexScanWords"/> is looked up in the index by its rarest words
/// only, and every candidate is checked against all of them: what is found is exactly what a search of all the words
/// finds, whichever words the scan picks.
/// </summary>
public sealed class SearchManyWordsTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_text_of_many_words_finds_only_what_has_every_one_of_them()
    {
        var brand = TestContent.Brand();
        var words = new[] { "nui", "lua", "chu", "dang", "ya" };
        var whole = SearchScene.Story(brand, ("vi", "Núi lửa Chư Đăng Ya", null));
        // One story lacking each word in turn, so whichever two words the index scan takes, the check drops them.
        var lacking = words.Select(missing => SearchScene.Story(brand, ("vi", string.Join(' ', words.Where(w => w != missing)), "mùa hoa"))).ToArray();
        await app.SaveAsync(brand, [whole, .. lacking]);

        Assert.Equal([whole.Id], (await app.GraphQL().SearchAsync("nui lua chu dang ya", brand)).Found());
        // The stories lacking "nui", "lua" or "ya" are found by what they have.
        Assert.Equal(4, (await app.GraphQL().SearchAsync("chu dang", brand)).Found().Count);
    }

    [Fact]
    public async Task Words_the_scan_cannot_take_apart_are_still_checked()
    {
        var brand = TestContent.Brand();
        var hyphenated = SearchScene.Story(brand, ("vi", "Một câu chuyện", null), ("en", "A well-known mountain festival guide", null));
        var apart = SearchScene.Story(brand, ("vi", "Một câu chuyện khác", null), ("en", "Well known: the mountain festival guide", null));
        await app.SaveAsync(brand, hyphenated, apart);

        Assert.Equal([hyphenated.Id], (await app.GraphQL().SearchAsync("well-known mountain festival guide", brand, "en")).Found());
    }

    [Fact]
    public async Task The_index_scan_takes_the_rarest_words_by_the_statistics()
    {
        var brand = TestContent.Brand();
        // "aaphổbiến" sorts first and is in every story; without statistics the scan would take it and "zzhiem".
        var common = Enumerable.Range(0, 300)
            .Select(i => (object)SearchScene.Story(brand, ("vi", $"aaphổbiến làng {i}", null)))
            .ToArray();
        var rare = SearchScene.Story(brand, ("vi", "aaphổbiến zzhiem zzhiemnhat", null));
        await app.SaveAsync(brand, [.. common, rare]);
        await using (var db = app.OpenDb())
        {
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "StoryVariants" """);
        }

        var request = new SearchRequest(
            SearchText.Parse("aaphobien zzhiem zzhiemnhat"),
            brand.Id,
            new LocaleRequest([], Fallback: true, Preview: false).ChainFor("vi"),
            SearchableKinds.All.Select(k => k.Kind).ToList(),
            null,
            [],
            20,
            null,
            DateTimeOffset.UtcNow);
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (sql, parameters) = await SearchStatement.PrepareAsync(connection, request, new SearchOptions(), CancellationToken.None);

        // The query of the Vietnamese configuration (the others may stem the made-up words) and its scan.
        var query = parameters.Single(p => p.ParameterName.StartsWith("query", StringComparison.Ordinal) && (string)p.Value! == "'aaphobien' & 'zzhiem' & 'zzhiemnhat'");
        Assert.Equal("'zzhiem' & 'zzhiemnhat'", parameters.Single(p => p.ParameterName == "scan" + query.ParameterName[5..]).Value);
        Assert.Contains("ts_match_vq", sql, StringComparison.Ordinal);
        Assert.Equal([rare.Id], (await app.GraphQL().SearchAsync("aaphobien zzhiem zzhiemnhat", brand)).Found());
    }
}
