using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Translation;

/// <summary>The overview's API fields, as any client reads them: coverage per market and the week's scheduled changes.</summary>
public sealed class TranslationOverviewTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Overview = """
        query($b: String!) {
          translationOverview(brand: $b) {
            markets { market locale total published inReview approved draft outdated missing servedInLocale servedInFallback notServed }
            inReview(first: 10) { kind locale label }
          }
        }
        """;

    [Fact]
    public async Task Coverage_counts_the_first_locale_of_each_market_and_what_its_readers_are_served()
    {
        var brand = TestContent.Brand(null, "vi");
        var stories = new[]
        {
            TestContent.Story(brand, "both", new DateOnly(2026, 3, 1), "vi", "ko"),
            TestContent.Story(brand, "review", new DateOnly(2026, 3, 2), "vi", new V("ko", WorkflowStatus.InReview)),
            TestContent.Story(brand, "source", new DateOnly(2026, 3, 3), "vi"),
        };
        await using (var db = app.OpenDb())
        {
            db.Add(brand);
            db.AddRange(stories);
            await db.SaveChangesAsync();
        }

        var overview = (await app.GraphQL().QueryAsync(Overview, new { b = brand.Slug })).Ok().GetProperty("translationOverview");
        var kr = overview.GetProperty("markets").EnumerateArray().Single(m => m.GetProperty("market").GetString() == "KR");

        Assert.Equal("ko", kr.GetProperty("locale").GetString());
        // Brand identity (vi only) and three stories: one published in ko, one in review, one missing (twice: story and brand).
        Assert.Equal(1, kr.GetProperty("published").GetInt32());
        Assert.Equal(1, kr.GetProperty("inReview").GetInt32());
        Assert.Equal(2, kr.GetProperty("missing").GetInt32());
        Assert.Equal(4, kr.GetProperty("total").GetInt32());
        Assert.Equal(1, kr.GetProperty("servedInLocale").GetInt32());
        Assert.Equal(3, kr.GetProperty("servedInFallback").GetInt32());
        Assert.Equal(0, kr.GetProperty("notServed").GetInt32());
        var waiting = Assert.Single(overview.GetProperty("inReview").EnumerateArray());
        Assert.Equal("review ko", waiting.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Upcoming_changes_are_the_brands_own_within_the_days_asked_soonest_first()
    {
        var mine = TestContent.Brand(null, "vi");
        var other = TestContent.Brand(null, "vi");
        var soon = TestContent.Story(mine, "soon", new DateOnly(2026, 3, 1), "vi", new V("ko", WorkflowStatus.Approved));
        var later = TestContent.Story(mine, "later", new DateOnly(2026, 3, 2), "vi");
        var theirs = TestContent.Story(other, "theirs", new DateOnly(2026, 3, 3), "vi");
        var now = DateTimeOffset.UtcNow;
        await using (var db = app.OpenDb())
        {
            db.AddRange(mine, other, soon, later, theirs);
            db.ScheduledChanges.AddRange(
                new ScheduledChange { Kind = ContentKind.Story, EntityId = later.Id, Locale = "vi", Action = ScheduledAction.Unpublish, DueAt = now.AddDays(3), Revision = 1, RequestedBy = "r" },
                new ScheduledChange { Kind = ContentKind.Story, EntityId = soon.Id, Locale = "ko", Action = ScheduledAction.Publish, DueAt = now.AddHours(5), Revision = 1, RequestedBy = "r" },
                new ScheduledChange { Kind = ContentKind.Story, EntityId = later.Id, Locale = "vi", Action = ScheduledAction.Publish, DueAt = now.AddDays(9), Revision = 1, RequestedBy = "r" },
                new ScheduledChange { Kind = ContentKind.Story, EntityId = theirs.Id, Locale = "vi", Action = ScheduledAction.Publish, DueAt = now.AddDays(1), Revision = 1, RequestedBy = "r" });
            await db.SaveChangesAsync();
        }

        const string Query = "query($b: String!, $d: Int) { upcomingChanges(brand: $b, days: $d) { action locale label } }";
        var week = (await app.GraphQL().QueryAsync(Query, new { b = mine.Slug, d = 7 })).Ok().GetProperty("upcomingChanges");
        var tooFar = await app.GraphQL().QueryAsync(Query, new { b = mine.Slug, d = 32 });

        Assert.Equal(["PUBLISH soon ko", "UNPUBLISH later vi"], week.EnumerateArray().Select(c => $"{c.GetProperty("action").GetString()} {c.GetProperty("label").GetString()}"));
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], tooFar.ErrorCodes);
    }
}
