using Microsoft.Playwright;

namespace BrandContent.Tests.Studio.Review;

/// <summary>History with restore; who may reach the review, history, XLIFF and entity pages; what hostile requests get.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class HistoryAndAccessTests(StudioBrowser studio)
{
    private readonly ReviewScene scene = new(studio.App.GraphQL());

    [Fact]
    public async Task An_editor_restores_an_earlier_revision_from_the_history()
    {
        var (id, _) = await scene.KoreanInReviewAsync("restore", "첫 번째 제목", "두 번째 제목");
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"), ReviewScene.Path("history", id));

        var rows = page.Locator("table.history tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("submitted for review");
        await Assertions.Expect(page.Locator("table.history")).ToContainTextAsync("published");
        await Assertions.Expect(page.Locator("table.history")).ToContainTextAsync("Administrator");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "history-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "View revision 1" }).ClickAsync();
        var title = page.Locator("xpath=//section[@id='revision']//dt[normalize-space()='title']/following-sibling::dd[1]");
        await Assertions.Expect(title).ToHaveTextAsync("첫 번째 제목");
        await Assertions.Expect(title).ToHaveAttributeAsync("lang", "ko");
        await StudioBrowser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore revision 1" }).ClickAsync();

        await Assertions.Expect(page.Locator("p.done")).ToContainTextAsync("Revision 1");
        var working = await scene.VariantAsync(id, "ko");
        Assert.Equal("첫 번째 제목", Fixtures.Editing.Field(working, "title"));
        Assert.Equal("RESTORED", (await scene.HistoryAsync(id, "ko")).First().GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_partner_key_gets_403_on_the_review_history_xliff_and_entity_pages()
    {
        var (id, _) = await scene.KoreanInReviewAsync("partner", "파트너", "파트너 2");
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("PARTNER"));

        foreach (var path in new[]
        {
            "/studio/review", ReviewScene.Path("review", id), ReviewScene.Path("history", id), "/studio/xliff",
            "/studio/new/story", $"/studio/entities/story/{id}/archive",
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 403, $"{path}: {response.Status}");
        }

        // Writes too: a POST with the session's own token is refused before it reaches a handler.
        await page.GotoAsync("/studio/");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var post = await page.APIRequest.PostAsync($"/studio/entities/story/{id}/archive", new() { Form = Form(page, ("__RequestVerificationToken", token)) });
        Assert.Equal(403, post.Status);
        Assert.Equal("IN_REVIEW", (await scene.VariantAsync(id, "ko")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_translator_sees_no_approve_button_and_a_forged_approval_is_refused_by_the_API()
    {
        var (id, _) = await scene.KoreanInReviewAsync("translator", "번역가", "번역가 2");
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("TRANSLATOR"), ReviewScene.Path("review", id));

        await Assertions.Expect(page.Locator("table.diff")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form[action*='handler=Approve']")).ToHaveCountAsync(0);

        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        foreach (var handler in new[] { "Approve", "Publish" })
        {
            var response = await page.APIRequest.PostAsync(
                ReviewScene.Path("review", id) + "?handler=" + handler, new() { Form = Form(page, ("__RequestVerificationToken", token), ("Revision", "2")) });
            Assert.Equal(200, response.Status);
            var body = await response.TextAsync();
            Assert.Contains("class=\"problems\"", body, StringComparison.Ordinal);
            Assert.Contains($"TRANSLATOR", body, StringComparison.Ordinal);
        }

        Assert.Equal("IN_REVIEW", (await scene.VariantAsync(id, "ko")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var (id, _) = await scene.KoreanInReviewAsync("csrf", "위조", "위조 2");
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"), ReviewScene.Path("review", id));

        var missing = await page.APIRequest.PostAsync(ReviewScene.Path("review", id) + "?handler=Approve", new() { Form = Form(page, ("Revision", "2")) });
        var forged = await page.APIRequest.PostAsync(
            ReviewScene.Path("review", id) + "?handler=Approve", new() { Form = Form(page, ("Revision", "2"), ("__RequestVerificationToken", "CfDJ8forged")) });

        Assert.Equal(400, missing.Status);
        Assert.Equal(400, forged.Status);
        Assert.Equal("IN_REVIEW", (await scene.VariantAsync(id, "ko")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Markup_in_a_translation_is_shown_as_text_and_never_runs()
    {
        var (id, _) = await scene.KoreanInReviewAsync("markup", "안전", "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">");
        var page = await studio.NewPageAsync("en");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"), ReviewScene.Path("review", id));

        var title = page.Locator("table.diff tr.changed", new() { HasText = "title" }).Locator("ins");
        await Assertions.Expect(title).ToHaveTextAsync("<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">");
        Assert.Equal(0, await page.Locator("table.diff img, table.diff script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
        Assert.Equal(0, dialogs);

        await page.GotoAsync("/studio/review");
        await Assertions.Expect(page.Locator("table.review-list")).ToContainTextAsync("<script>window.pwned=1</script>");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
    }

    [Fact]
    public async Task Forged_ids_and_kinds_are_not_found_and_another_brands_variant_is_out_of_scope()
    {
        var (id, _) = await scene.KoreanInReviewAsync("scope", "범위", "범위 2");
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.NewKeyAsync("tan-minh reviewer", "REVIEWER", brands: ["tan-minh"]));

        foreach (var path in new[]
        {
            "/studio/review/story/not-a-guid/ko", $"/studio/review/story/{Guid.NewGuid()}/ko", $"/studio/review/planet/{id}/ko",
            $"/studio/history/planet/{id}/ko",
        })
        {
            var response = await page.APIRequest.GetAsync(path);
            Assert.True(response.Status == 404, $"{path}: {response.Status}");
        }

        var other = await page.GotoAsync(ReviewScene.Path("review", id));
        Assert.Equal(403, other!.Status);
        await Assertions.Expect(page.Locator(".problems")).ToContainTextAsync("This key's scope does not include brand");
        await Assertions.Expect(page.Locator("table.diff")).ToHaveCountAsync(0);
    }

    private static IFormData Form(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }
}
