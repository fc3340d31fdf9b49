using Microsoft.Playwright;

namespace BrandContent.Tests.Studio;

[Collection(StudioBrowserCollection.Collection)]
public sealed class StudioSignInTests(StudioBrowser studio)
{
    [Fact]
    public async Task An_editor_signs_in_with_a_key_and_sees_the_overview_in_Vietnamese()
    {
        var page = await studio.NewPageAsync("vi");
        await page.GotoAsync("/studio/");

        // Not signed in: the sign-in page, in the browser's language.
        Assert.EndsWith("/studio/signin?returnUrl=%2Fstudio%2F", page.Url);
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "signin-vi");

        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tổng quan");
        await Assertions.Expect(page.Locator("header .who")).ToContainTextAsync("studio editor");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation)).ToContainTextAsync("Hàng chờ dịch");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "overview-skeleton-vi");
    }
}
