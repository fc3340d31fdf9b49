using Microsoft.Playwright;

namespace BrandContent.Tests.Studio;

/// <summary>What an attacker (or a slip of the hand) sends to the editor: it is stored as text, refused next to its field, or not found.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class EditorHostileInputTests(StudioBrowser studio)
{
    private const string Markup = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"><b>징</b>";

    [Fact]
    public async Task Markup_and_script_in_a_field_are_stored_as_text_and_shown_escaped()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var id = await scene.OutdatedStoryAsync();
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await scene.TranslatorAsync("markup translator"), EditorScene.EditorPath(id));

        await page.Locator("#f-title").FillAsync(Markup);
        await page.Locator("#f-summary").FillAsync(Markup);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator(".done")).ToBeVisibleAsync();

        await Assertions.Expect(page.Locator("#f-title")).ToHaveValueAsync(Markup);
        await Assertions.Expect(page.Locator("#f-summary")).ToHaveValueAsync(Markup);
        await Assertions.Expect(page.Locator("main img, main b, main script")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));
        Assert.Equal(Markup, Fixtures.Editing.Field(await scene.VariantAsync(id, "ko"), "title"));
    }

    [Fact]
    public async Task An_over_long_value_is_refused_with_the_problem_next_to_its_field_and_the_typed_text_kept()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var id = await scene.OutdatedStoryAsync();
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await scene.TranslatorAsync("long translator"), EditorScene.EditorPath(id));
        var tooLong = new string('징', 201);

        await page.Locator("#f-title").FillAsync(tooLong);
        await Assertions.Expect(page.Locator("[data-count-for='f-title'][data-counting='LENGTH']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("over"));
        var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(422, response.Status);
        await Assertions.Expect(page.Locator("#problems-title")).ToContainTextAsync("200");
        await Assertions.Expect(page.Locator("#f-title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#f-title")).ToHaveValueAsync(tooLong);
        await Assertions.Expect(page.Locator("[data-count-for='f-title'][data-counting='LENGTH']")).ToHaveTextAsync("201 / 200");
        await StudioBrowser.AssertAccessibleAsync(page);
        Assert.Equal("자라이 징 축제", Fixtures.Editing.Field(await scene.VariantAsync(id, "ko"), "title"));
    }

    [Fact]
    public async Task Control_characters_are_stored_as_text_or_refused_and_a_post_without_a_valid_antiforgery_token_is_refused()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var id = await scene.OutdatedStoryAsync();
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await scene.TranslatorAsync("nul translator"), EditorScene.EditorPath(id));

        // Control characters a keyboard can hardly type, set by script: a bell is text like any other, stored and shown
        // back as it was; a NUL (which PostgreSQL cannot store) is refused before the page runs, and nothing is saved.
        var bell = await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync("() => { document.querySelector('#f-summary').value = 'chuông\u0007징'; document.querySelector('#editor-form').requestSubmit(); }"),
            r => r.Request.Method == "POST");
        Assert.Equal(302, bell.Status);
        await Assertions.Expect(page.Locator("#f-summary")).ToHaveValueAsync("chuông\u0007징");
        Assert.Equal("chuông\u0007징", Fixtures.Editing.Field(await scene.VariantAsync(id, "ko"), "summary"));
        Assert.Equal(400, await PostFormAsync(page, "자라이\u0000징", token: null));

        // The same form without its anti-forgery token, then with a forged one.
        Assert.Equal(400, await PostFormAsync(page, "forged", token: ""));
        Assert.Equal(400, await PostFormAsync(page, "forged", token: "CfDJ8forged" + new string('A', 100)));
        Assert.Equal("자라이 징 축제", Fixtures.Editing.Field(await scene.VariantAsync(id, "ko"), "title"));

        // The same post with its own token goes through (a redirect, opaque to fetch): the refusals were the token's.
        Assert.Equal(0, await PostFormAsync(page, "자라이 징", token: null));
        Assert.Equal("자라이 징", Fixtures.Editing.Field(await scene.VariantAsync(id, "ko"), "title"));
    }

    [Fact]
    public async Task Forged_addresses_and_another_brands_item_show_a_clear_not_found_page()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var other = await new EditorScene(studio).CreateAsync();
        var theirs = await other.OutdatedStoryAsync();
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await scene.TranslatorAsync("scoped translator"), "/studio/queue");

        foreach (var path in new[]
        {
            EditorScene.EditorPath(theirs),
            EditorScene.EditorPath(Guid.NewGuid()),
            $"/studio/edit/story/not-a-guid/ko",
            $"/studio/edit/no-such-kind/{theirs:D}/ko",
            $"/studio/edit/story/{theirs:D}/{Uri.EscapeDataString("ko<script>")}",
            $"/studio/edit/story/{theirs:D}/vi",
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 404, $"{path}: {response.Status}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not found");
            await Assertions.Expect(page.Locator(".not-found")).Not.ToBeEmptyAsync();
            await Assertions.Expect(page.Locator("#editor-form")).ToHaveCountAsync(0);
        }
    }

    /// <summary>
    /// Posts the editor's form from the page as its own script would (same cookies), with the title set and the
    /// anti-forgery token kept (null), left out ("") or replaced; returns the status without navigating.
    /// </summary>
    private static Task<int> PostFormAsync(IPage page, string title, string? token) =>
        page.EvaluateAsync<int>(
            """
            async ([title, token]) => {
              const form = new FormData(document.querySelector('#editor-form'));
              form.set('f.title', title);
              if (token === '') { form.delete('__RequestVerificationToken'); } else if (token !== null) { form.set('__RequestVerificationToken', token); }
              const response = await fetch(location.pathname + '?handler=save', { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' });
              return response.status;
            }
            """,
            new object?[] { title, token });
}
