using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using Microsoft.Playwright;

namespace BrandContent.Tests.Studio.Review;

/// <summary>No N+1 on the review list: the page runs as many SQL statements for 30 waiting items as for 2.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class ReviewListStatementTests(StudioBrowser studio)
{
    private async Task<string> BrandWithItemsInReviewAsync(int count)
    {
        var brand = TestContent.Brand();
        await using var db = studio.App.OpenDb();
        db.Add(brand);
        db.AddRange(Enumerable.Range(0, count).Select(i =>
            TestContent.Story(brand, $"n{i}", new DateOnly(2026, 1, 1).AddDays(i), "vi", new V("ko", WorkflowStatus.InReview), new V("ja", WorkflowStatus.Approved))));
        await db.SaveChangesAsync();
        return brand.Slug;
    }

    private async Task<int> CountAsync(string brand, int expectedRows)
    {
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.NewKeyAsync($"reviewer of {brand}", "REVIEWER", brands: [brand]), "/studio/review");
        await page.ReloadAsync(); // the key's identity and the session are warm now

        // The least of three loads: a background job (the scheduler, sync maintenance) may run a statement meanwhile.
        var count = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            studio.App.Statements.Reset();
            await page.ReloadAsync();
            count = Math.Min(count, studio.App.Statements.Count);
        }

        await Assertions.Expect(page.Locator("table.review-list tbody tr")).ToHaveCountAsync(expectedRows);
        return count;
    }

    [Fact]
    public async Task The_review_list_runs_as_many_statements_for_sixty_items_as_for_four()
    {
        var few = await CountAsync(await BrandWithItemsInReviewAsync(2), 4);
        var many = await CountAsync(await BrandWithItemsInReviewAsync(30), 60);

        Assert.Equal(few, many);
    }
}
