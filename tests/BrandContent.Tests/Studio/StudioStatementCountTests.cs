using System.Net;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Studio;

/// <summary>
/// No N+1 in the studio's screens: the overview and the asset bank run as many SQL statements for a brand with a few
/// items as for one with many (each page reaches the data through the in-process API, two documents at most).
/// </summary>
public sealed class StudioStatementCountTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private async Task<Brand> SeedAsync(int stories, int assets)
    {
        await app.ListeningAsync();
        var brand = TestContent.Brand(null, "vi", "en");
        var pillars = Enumerable.Range(0, 3).Select(i => TestContent.Pillar(brand, $"p{i}", i, "vi", "en")).ToList();
        var now = DateTimeOffset.UtcNow;
        var bank = Enumerable.Range(0, assets)
            .Select(i => TestContent.Asset(brand, (i % 3) switch { 0 => now.AddDays(-2), 1 => now.AddDays(10), _ => now.AddDays(400) }))
            .ToList();
        var written = Enumerable.Range(0, stories)
            .Select(i => TestContent.Story(brand, $"s{i}", new DateOnly(2026, 1, 1).AddDays(i), "vi", new V("ko", i % 2 == 0 ? WorkflowStatus.InReview : WorkflowStatus.Draft))
                .WithPillars(pillars[i % 3]))
            .ToList();
        await using var db = app.OpenDb();
        db.Add(brand);
        db.AddRange(pillars);
        db.AddRange(bank);
        db.AddRange(written);
        db.ScheduledChanges.AddRange(written.Select((s, i) => new ScheduledChange
        {
            Kind = ContentKind.Story, EntityId = s.Id, Locale = "vi", Action = i % 2 == 0 ? ScheduledAction.Publish : ScheduledAction.Unpublish,
            DueAt = now.AddDays(1 + (i % 5)), Revision = 1, RequestedBy = "statement count",
        }));
        await db.SaveChangesAsync();
        return brand;
    }

    private async Task<(int Statements, string Page)> CountAsync(StudioHttp studio, string path)
    {
        // The first request loads the key's identity and moves last-seen; the counted one is an ordinary page view.
        Assert.Equal(HttpStatusCode.OK, (await studio.GetAsync(path)).StatusCode);
        app.Statements.Reset();
        var response = await studio.GetAsync(path);
        var statements = app.Statements.Count;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (statements, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_overview_runs_as_many_statements_for_40_stories_as_for_4()
    {
        var studio = StudioHttp.Of(app);
        await studio.SignedInAsync(BrandContentApp.AdminToken);
        var few = await SeedAsync(stories: 4, assets: 2);
        var many = await SeedAsync(stories: 40, assets: 20);

        var (small, smallPage) = await CountAsync(studio, $"/studio/brands/{few.Slug}");
        var (large, largePage) = await CountAsync(studio, $"/studio/brands/{many.Slug}");

        Assert.Equal(small, large);
        // And the page shows them: in review (ko), scheduled this week.
        Assert.Contains("s2 ko", smallPage);
        Assert.Contains("s38 ko", largePage);
        Assert.Contains("s1 vi", largePage);
        Assert.Contains("class=\"tag tag-unpublish\"", largePage);
    }

    [Fact]
    public async Task The_asset_bank_runs_as_many_statements_for_30_assets_as_for_3_and_flags_rights()
    {
        var studio = StudioHttp.Of(app);
        await studio.SignedInAsync(BrandContentApp.AdminToken);
        var few = await SeedAsync(stories: 1, assets: 3);
        var many = await SeedAsync(stories: 1, assets: 30);

        var (small, smallPage) = await CountAsync(studio, $"/studio/assets?brand={few.Slug}");
        var (large, largePage) = await CountAsync(studio, $"/studio/assets?brand={many.Slug}");

        Assert.Equal(small, large);
        Assert.Contains("Rights expired", smallPage);
        Assert.Contains("Rights expire in 10 days", smallPage);
        Assert.Equal(10, CountOf(largePage, "class=\"asset asset-expired\""));
        Assert.Equal(10, CountOf(largePage, "class=\"asset asset-expiringsoon\""));
        Assert.Equal(10, CountOf(largePage, "class=\"asset asset-held\""));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
