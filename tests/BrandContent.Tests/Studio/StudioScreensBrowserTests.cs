using Microsoft.Playwright;

namespace BrandContent.Tests.Studio;

/// <summary>The shell's screens in a real browser: the overview and the asset bank, in both languages, by keyboard.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class StudioScreensBrowserTests(StudioBrowser studio)
{
    [Theory]
    [InlineData("vi", "Tổng quan", "Độ phủ bản dịch theo thị trường")]
    [InlineData("en", "Overview", "Translation coverage per market")]
    public async Task The_overview_draws_coverage_bars_per_market_and_passes_axe(string language, string title, string coverage)
    {
        var page = await studio.NewPageAsync(language);
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = coverage })).ToBeVisibleAsync();
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        // Two bars per market, each an image with a spoken summary, each with at least one drawn segment.
        var bars = page.Locator("svg.coverage g[role=img]");
        Assert.True(await bars.CountAsync() >= 2);
        Assert.Equal(await bars.CountAsync() / 2, await page.Locator("svg.coverage text.market").CountAsync());
        Assert.True(await page.Locator("svg.coverage rect.seg").CountAsync() >= await bars.CountAsync());
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, $"overview-{language}");
    }

    [Fact]
    public async Task A_brand_is_picked_with_the_keyboard_alone()
    {
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"));
        var picker = page.Locator("#brand");
        var first = await picker.InputValueAsync();
        var options = await picker.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        var other = options.First(o => o != first);

        await picker.FocusAsync();
        await picker.SelectOptionAsync(other); // what arrow keys do on a focused select
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("form.brand-picker button")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync($"**/studio/brands/{other}");
        Assert.Equal(other, await page.Locator("#brand").InputValueAsync());
        await StudioBrowser.AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("vi", "Kho tư liệu")]
    [InlineData("en", "Asset bank")]
    public async Task The_asset_bank_shows_rights_warnings_filters_by_kind_and_passes_axe(string language, string title)
    {
        var page = await studio.NewPageAsync(language);
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"), "/studio/assets");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        Assert.True(await page.Locator("ul.bank > li").CountAsync() > 0);
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, $"assets-{language}");

        await page.Locator("#kind").SelectOptionAsync("VIDEO");
        await page.Locator("form.filters button[type=submit]").ClickAsync();

        await page.WaitForURLAsync("**/studio/assets?*kind=VIDEO*");
        Assert.All(await page.Locator("ul.bank .meta").First.AllInnerTextsAsync(), text => Assert.Contains(language == "vi" ? "Video" : "Video", text));
        await StudioBrowser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_filter_with_markup_or_an_unknown_pillar_is_answered_with_a_message_next_to_the_field()
    {
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"), "/studio/assets?pillar=%3Cscript%3Ealert(1)%3C/script%3E&tag=%3Cb%3Ex%3C/b%3E");

        await Assertions.Expect(page.Locator("#problems-Pillar")).ToBeVisibleAsync();
        Assert.Equal("true", await page.Locator("#pillar").GetAttributeAsync("aria-invalid"));
        Assert.Equal("<b>x</b>", await page.Locator("#tag").InputValueAsync());
        Assert.Equal(0, await page.Locator("b:text('x')").CountAsync());
        await StudioBrowser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_partner_sees_the_overview_without_work_and_a_revoked_key_cannot_sign_in()
    {
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("PARTNER"));

        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("published content only");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Overview", "Assets"]);
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "overview-partner-en");

        var key = await studio.NewKeyAsync("studio revoked in browser", "EDITOR");
        await StudioKeys.RevokeAsync(studio.App, "studio revoked in browser");
        var refused = await studio.NewPageAsync("en");
        await refused.GotoAsync("/studio/signin");
        await refused.Locator("#key").FillAsync(key);
        await refused.Locator("#key").PressAsync("Enter");

        await Assertions.Expect(refused.Locator("#problems-key")).ToHaveTextAsync("This key is not valid: it is unknown, revoked or expired.");
        await Assertions.Expect(refused.Locator("#key")).ToHaveAttributeAsync("aria-invalid", "true");
        await StudioBrowser.AssertAccessibleAsync(refused);
        await StudioBrowser.ScreenshotAsync(refused, "signin-refused-en");
    }

    [Fact]
    public async Task The_language_switch_turns_the_studio_English_and_it_stays_so_after_signing_in_again()
    {
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await studio.KeyAsync("TRANSLATOR"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");

        await page.Locator("#studio-culture").SelectOptionAsync("en");
        await page.Locator("form.language button").ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Overview");
        await page.Locator("header form button", new() { HasText = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToHaveTextAsync("You are signed out.");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await StudioBrowser.AssertAccessibleAsync(page);
    }
}
