using BrandContent.Brands;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Stories;

public sealed class PaginationTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Page = """
        query($b: String!, $first: Int, $after: String, $pillar: String, $tag: String) {
          stories(brand: $b, first: $first, after: $after, pillar: $pillar, tag: $tag, market: "US") {
            totalCount
            edges { cursor node { id date title } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    private async Task<Brand> SeedAsync(int count)
    {
        var brand = TestContent.Brand();
        // Three stories share each date, so the order must break ties by id.
        var stories = Enumerable.Range(0, count)
            .Select(i => TestContent.Story(brand, $"s{i}", new DateOnly(2026, 1, 1).AddDays(i / 3), "vi", "en"))
            .ToList();
        await using var db = app.OpenDb();
        db.Add(brand);
        db.AddRange(stories);
        await db.SaveChangesAsync();
        return brand;
    }

    [Fact]
    public async Task Walking_every_page_returns_each_story_once_newest_first()
    {
        var brand = await SeedAsync(25);
        var seen = new List<(string Id, string Date)>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var stories = (await app.GraphQL().QueryAsync(Page, new { b = brand.Slug, first = 7, after })).Ok().GetProperty("stories");
            Assert.Equal(25, stories.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, stories.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(stories.GetProperty("edges").EnumerateArray()
                .Select(e => e.GetProperty("node"))
                .Select(n => (n.GetProperty("id").GetString()!, n.GetProperty("date").GetString()!)));
            pages++;
            if (!stories.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = stories.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(4, pages);
        Assert.Equal(25, seen.Count);
        Assert.Equal(25, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(seen.Select(s => s.Date).OrderByDescending(d => d, StringComparer.Ordinal), seen.Select(s => s.Date));
    }

    [Fact]
    public async Task Pillar_and_tag_filters_narrow_the_list_and_the_total()
    {
        var brand = TestContent.Brand();
        var culture = TestContent.Pillar(brand, "culture");
        var tagged = TestContent.Story(brand, "gong", new DateOnly(2026, 2, 1), "vi").WithPillars(culture);
        tagged.Tags = ["festival", "music"];
        var other = TestContent.Story(brand, "port", new DateOnly(2026, 2, 2), "vi");
        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, culture, tagged, other);
            await db.SaveChangesAsync();
        }

        foreach (var variables in new object[] { new { b = brand.Slug, pillar = "culture" }, new { b = brand.Slug, tag = "music" } })
        {
            var stories = (await app.GraphQL().QueryAsync(Page, variables)).Ok().GetProperty("stories");
            Assert.Equal(1, stories.GetProperty("totalCount").GetInt32());
            Assert.Equal("gong vi", stories.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString());
        }

        var unknown = await app.GraphQL().QueryAsync(Page, new { b = brand.Slug, pillar = "nope" });
        Assert.Equal(["PILLAR_NOT_FOUND"], unknown.ErrorCodes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Page_size_outside_1_to_100_is_refused(int first)
    {
        var brand = await SeedAsync(1);
        var response = await app.GraphQL().QueryAsync(Page, new { b = brand.Slug, first });
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], response.ErrorCodes);
        Assert.Contains(first.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Errors[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("MjAyNi0wMS0wMXxub3QtYS1ndWlk")]
    public async Task Cursor_not_issued_by_the_api_is_refused(string after)
    {
        var brand = await SeedAsync(1);
        var response = await app.GraphQL().QueryAsync(Page, new { b = brand.Slug, after });
        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }
}
