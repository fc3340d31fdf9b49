using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BrandContent.Tests.Studio.Review;

/// <summary>Creating a clarification in the studio: its severity, markets and the other brands it concerns, ticked in an accessible group of check boxes.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class ClarificationFormTests(StudioBrowser studio)
{
    [Fact]
    public async Task An_editor_ticks_the_other_brands_concerned_and_the_owner_ticked_is_refused_next_to_the_group()
    {
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"), "/studio/new/clarification");
        await page.Locator("#brand").SelectOptionAsync(ReviewScene.Brand);
        await page.Locator("#field-severity").SelectOptionAsync("HIGH");
        // Required here, so not labelled as the key message's "none: every market".
        await page.GetByLabel("Thị trường liên quan (mã, mỗi dòng một mã) *").FillAsync("KR\nJP");
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Các thương hiệu liên quan khác" });
        await Assertions.Expect(group).ToBeVisibleAsync();

        // The owner ticked among the others: the API's problem is shown next to the group, the ticks kept.
        await group.Locator("input[type=checkbox]").Nth(await IndexOfAsync(group, "gia-lai")).CheckAsync();
        await group.Locator("input[type=checkbox]").Nth(await IndexOfAsync(group, "viet-nam")).CheckAsync();
        await page.Locator("form.entity-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#problems-concernedBrands")).ToContainTextAsync("thương hiệu sở hữu");
        await Assertions.Expect(group.Locator("input:checked")).ToHaveCountAsync(2);
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "entity-new-clarification-vi");

        await group.Locator("input[type=checkbox]").Nth(await IndexOfAsync(group, "gia-lai")).UncheckAsync();
        await page.Locator("form.entity-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".done")).ToBeVisibleAsync();
        var id = Guid.Parse((await page.Locator(".done a").First.GetAttributeAsync("href"))!.Split('/')[4]);
        await using var db = studio.App.OpenDb();
        var created = await db.Clarifications.SingleAsync(c => c.Id == id);
        var national = await db.Brands.SingleAsync(b => b.Slug == "viet-nam");
        Assert.Equal([national.Id], created.ConcernedBrandIds);
        Assert.Equal(["KR", "JP"], created.Markets);
    }

    [Fact]
    public async Task A_forged_brand_value_is_refused_by_the_page_and_never_sent()
    {
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"), "/studio/new/clarification");
        var token = await page.Locator("form.entity-form input[name=__RequestVerificationToken]").InputValueAsync();
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        form.Set("Brand", ReviewScene.Brand);
        form.Set("severity", "HIGH");
        form.Set("markets", "KR");
        form.Set("concernedBrands", "<script>alert(1)</script>");
        var response = await page.APIRequest.PostAsync("/studio/new/clarification", new() { Form = form });
        Assert.Equal(422, response.Status);
        Assert.Contains("Hãy đánh dấu các thương hiệu trong danh sách.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.TextAsync(), StringComparison.Ordinal);
    }

    /// <summary>The position of a brand's box in the group, found by the brand id its value carries.</summary>
    private async Task<int> IndexOfAsync(ILocator group, string slug)
    {
        await using var db = studio.App.OpenDb();
        var id = (await db.Brands.SingleAsync(b => b.Slug == slug)).Id.ToString();
        var values = await group.Locator("input[type=checkbox]").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)");
        return Array.IndexOf(values, id);
    }
}
