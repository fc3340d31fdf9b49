using System.Buffers.Text;
using System.Text;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Search;

/// <summary>Hits come best first in cursor pages; a cursor is opaque, and one this API did not issue for this search is refused.</summary>
public sealed class SearchPagingTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private async Task<BrandContent.Brands.Brand> SeedAsync(int stories)
    {
        var brand = TestContent.Brand();
        // Titles repeat the word a different number of times, so scores differ and tie.
        var content = Enumerable.Range(0, stories)
            .Select(i => (object)SearchScene.Story(brand, ("vi", string.Join(' ', Enumerable.Repeat("cồng chiêng", 1 + (i % 4))) + $" số {i}", "Buôn làng")))
            .ToArray();
        await app.SaveAsync(brand, content);
        return brand;
    }

    [Fact]
    public async Task Pages_follow_each_other_best_first_without_gaps_or_repeats()
    {
        var brand = await SeedAsync(25);
        var client = app.GraphQL();

        var all = (await client.SearchAsync("cong chieng", brand, first: 100)).Edges();
        Assert.Equal(25, all.Count);
        var scores = all.Select(e => e.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);

        var paged = new List<Guid>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await client.SearchAsync("cong chieng", brand, first: 10, after: after);
            var info = page.Ok().GetProperty("search").GetProperty("pageInfo");
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            paged.AddRange(page.Found());
            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(all.Select(e => e.GetProperty("node").GetProperty("id").GetGuid()), paged);
    }

    [Fact]
    public async Task A_forged_cursor_is_INVALID_CURSOR_not_a_server_error()
    {
        var brand = await SeedAsync(3);
        var client = app.GraphQL();
        var cursor = (await client.SearchAsync("cong chieng", brand, first: 1)).Ok().GetProperty("search").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
        string Forge(params string[] parts) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', parts)));

        string[] forged =
        [
            "not a cursor",
            "",
            Forge("x"),
            Forge("NaN", decoded[1], decoded[2], decoded[3]),
            Forge("1e39", decoded[1], decoded[2], decoded[3]),
            Forge(decoded[0], "Brand", decoded[2], decoded[3]),
            Forge(decoded[0], "99", decoded[2], decoded[3]),
            Forge(decoded[0], decoded[1], "not-a-guid", decoded[3]),
            Forge(decoded[0], decoded[1], decoded[2], "000000000000"),
            Forge(decoded[0], decoded[1], decoded[2], decoded[3], "extra"),
            new string('A', 5000),
        ];
        foreach (var after in forged)
        {
            var answer = await client.SearchAsync("cong chieng", brand, after: after);
            Assert.Equal(["INVALID_CURSOR"], answer.ErrorCodes);
        }

        // A real cursor of another search is not a position in this one.
        Assert.Equal(["INVALID_CURSOR"], (await client.SearchAsync("buon lang", brand, after: cursor)).ErrorCodes);
        (await client.SearchAsync("cong chieng", brand, after: cursor)).Ok();
    }
}
