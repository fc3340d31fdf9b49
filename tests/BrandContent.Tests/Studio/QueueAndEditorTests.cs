using BrandContent.Api.Studio;
using BrandContent.Localization;
using Microsoft.Playwright;

namespace BrandContent.Tests.Studio;

/// <summary>The translator's queue and the side-by-side editor, in a real browser.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class QueueAndEditorTests(StudioBrowser studio)
{
    [Fact]
    public async Task A_translator_translates_an_outdated_story_into_Korean_with_the_glossary_hint_and_submits_then_a_reviewer_publishes_it_and_the_public_API_serves_it()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var id = await scene.OutdatedStoryAsync();
        var missing = await scene.StoryAsync("Núi lửa Chư Đăng Ya");
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await scene.TranslatorAsync("ko translator"), "/studio/queue");

        // The queue: both items of the key's brand in its locale, the outdated one marked so, each linking to the editor.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hàng chờ dịch");
        // The brand's own texts wait for Korean too; the stories are the two rows of kind "Câu chuyện".
        var rows = page.Locator("table.queue tbody tr").Filter(new() { HasText = "Câu chuyện" });
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Filter(new() { HasText = "Lỗi thời" })).ToContainTextAsync("자라이 징 축제");
        await Assertions.Expect(rows.Filter(new() { HasText = "Còn thiếu" })).ToContainTextAsync("Núi lửa Chư Đăng Ya");
        await Assertions.Expect(page.Locator($"a[href='{EditorScene.EditorPath(id)}']")).ToHaveAttributeAsync("lang", "ko");
        await Assertions.Expect(page.Locator($"a[href='{EditorScene.EditorPath(missing)}']")).Not.ToHaveAttributeAsync("lang", new System.Text.RegularExpressions.Regex("."));
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "queue-vi");

        await page.GetByRole(AriaRole.Link, new() { Name = "자라이 징 축제" }).ClickAsync();
        await page.WaitForURLAsync($"**{EditorScene.EditorPath(id)}");

        // The source's change since the translation, word by word; the glossary's approved Korean for "cồng chiêng".
        var title = page.Locator("fieldset.pair").Filter(new() { Has = page.Locator("#f-title") });
        await Assertions.Expect(title.Locator(".diff ins")).ToHaveTextAsync(" mùa xuân 2026");
        await Assertions.Expect(title.Locator(".source .text")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.Locator("#f-title")).ToHaveAttributeAsync("lang", "ko");
        var gong = page.Locator("aside.glossary li").Filter(new() { HasText = EditorScene.GongTerm });
        await Assertions.Expect(gong.Locator(".approved")).ToHaveTextAsync(EditorScene.GongKorean);
        await Assertions.Expect(gong.Locator(".approved")).ToHaveAttributeAsync("lang", "ko");
        await Assertions.Expect(page.Locator("aside.glossary li").Filter(new() { HasText = "Gia Lai" })).ToContainTextAsync("không dịch");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "editor-vi");

        // Type with the keyboard; the count follows as typed; Enter in the field saves (the form's own submission).
        await page.Locator("#f-title").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync("2026 봄 자라이 징 축제");
        await Assertions.Expect(page.Locator("[data-count-for='f-title'][data-counting='LENGTH']")).ToHaveTextAsync("15 / 200");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".done")).ToHaveTextAsync("Đã lưu thành phiên bản 2.");
        await Assertions.Expect(page.Locator(".outdated")).ToHaveCountAsync(0);

        // Tab from the last field to "Gửi duyệt" and press Enter.
        await page.Locator("#f-seoKeywords").FocusAsync();
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.textContent.trim()") != "Gửi duyệt"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".done")).ToHaveTextAsync("Đã gửi duyệt.");
        await Assertions.Expect(page.Locator("#target-status")).ToHaveTextAsync("Đang duyệt");

        var korean = await scene.VariantAsync(id, "ko");
        Assert.Equal("IN_REVIEW", korean.GetProperty("status").GetString());
        Assert.Equal("2026 봄 자라이 징 축제", Fixtures.Editing.Field(korean, "title"));
        Assert.False(korean.GetProperty("outdated").GetBoolean());
        Assert.Equal("ko translator", korean.GetProperty("updatedBy").GetString());

        // A reviewer approves and publishes it in the studio; the public API then serves the new Korean text.
        var review = await studio.NewPageAsync("vi");
        await studio.SignInAsync(review, await studio.KeyAsync("REVIEWER"), StudioKinds.ReviewPath(ContentKind.Story, id, "ko"));
        await review.Locator("form[action*='handler=Approve'] button").ClickAsync();
        await Assertions.Expect(review.Locator("#variant-status")).ToHaveTextAsync("đã duyệt");
        await review.Locator("form[action*='handler=Publish'] button").ClickAsync();
        await Assertions.Expect(review.Locator("#variant-status")).ToHaveTextAsync("đã phát hành");

        var reader = studio.App.GraphQL(await studio.KeyAsync("PUBLIC"));
        var story = (await reader.QueryAsync(
            "query($b: String!, $s: String!) { story(brand: $b, slug: $s, locale: \"ko\", fallback: false) { title locale } }",
            new { b = scene.Slug, s = $"ko-{id:N}"[..20] })).Ok().GetProperty("story");
        Assert.Equal("2026 봄 자라이 징 축제", story.GetProperty("title").GetString());
        Assert.Equal("ko", story.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task A_second_translator_saving_the_same_variant_meets_the_conflict_view_and_merges_without_losing_either_change()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var id = await scene.OutdatedStoryAsync();
        var first = await studio.NewPageAsync("vi");
        var second = await studio.NewPageAsync("vi");
        await studio.SignInAsync(first, await scene.TranslatorAsync("translator one"), EditorScene.EditorPath(id));
        await studio.SignInAsync(second, await scene.TranslatorAsync("translator two"), EditorScene.EditorPath(id));

        await first.Locator("#f-title").FillAsync("첫 번째 번역가의 제목");
        await first.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(first.Locator(".done")).ToBeVisibleAsync();

        // The second changes the same title, and the summary the first left alone.
        await second.Locator("#f-title").FillAsync("두 번째 번역가의 제목");
        await second.Locator("#f-summary").FillAsync("두 번째 번역가의 요약.");
        var response = await second.RunAndWaitForResponseAsync(
            () => second.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(409, response.Status);
        await Assertions.Expect(second.Locator(".conflict-notice")).ToContainTextAsync("translator one");
        var title = second.Locator("fieldset.pair.in-conflict");
        await Assertions.Expect(title).ToHaveCountAsync(1);
        await Assertions.Expect(title.Locator(".theirs .text")).ToHaveTextAsync("첫 번째 번역가의 제목");
        await Assertions.Expect(second.Locator("#f-title")).ToHaveValueAsync("두 번째 번역가의 제목");
        await Assertions.Expect(second.Locator("#f-summary")).ToHaveValueAsync("두 번째 번역가의 요약.");
        await StudioBrowser.AssertAccessibleAsync(second);
        await StudioBrowser.ScreenshotAsync(second, "editor-conflict-vi");

        // Nothing was overwritten; the merge keeps the first's title and the second's summary.
        Assert.Equal("첫 번째 번역가의 제목", Fixtures.Editing.Field(await scene.VariantAsync(id, "ko"), "title"));
        await title.GetByLabel("văn bản của họ").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Lưu bản hợp nhất" }).ClickAsync();
        await Assertions.Expect(second.Locator(".done")).ToHaveTextAsync("Đã lưu thành phiên bản 3.");
        var merged = await scene.VariantAsync(id, "ko");
        Assert.Equal("첫 번째 번역가의 제목", Fixtures.Editing.Field(merged, "title"));
        Assert.Equal("두 번째 번역가의 요약.", Fixtures.Editing.Field(merged, "summary"));
    }

    [Fact]
    public async Task A_partner_key_cannot_reach_the_editor_or_the_queue()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var id = await scene.OutdatedStoryAsync();
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("PARTNER"));

        foreach (var path in new[] { EditorScene.EditorPath(id), "/studio/queue" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.Locator("textarea, #f-title")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("table.queue")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task The_queue_and_the_editor_read_in_English_pass_axe()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var id = await scene.OutdatedStoryAsync();
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await scene.TranslatorAsync("en translator"), "/studio/queue?kind=story");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Translation queue");
        await Assertions.Expect(page.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "queue-en");

        await page.GotoAsync("/studio/queue?kind=event");
        await Assertions.Expect(page.Locator(".empty")).ToHaveTextAsync("Nothing waits for translation here.");

        await page.GotoAsync(EditorScene.EditorPath(id));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator(".outdated")).ToContainTextAsync("revision 1 → 2");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "editor-en");
    }

    [Fact]
    public async Task The_queues_SQL_statement_count_does_not_grow_with_its_items()
    {
        var scene = await new EditorScene(studio).CreateAsync();
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await scene.TranslatorAsync("counting translator"), "/studio/queue");

        async Task<int> StatementsAsync(int items)
        {
            while (await page.Locator("table.queue tbody tr").CountAsync() < items)
            {
                await scene.StoryAsync($"Câu chuyện {Guid.NewGuid():N}"[..24]);
                await page.ReloadAsync();
            }

            // The least of three: background work of the server (schedules, webhooks) may add a statement to one.
            var counts = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                studio.App.Statements.Reset();
                await page.ReloadAsync();
                counts.Add(studio.App.Statements.Count);
            }

            await Assertions.Expect(page.Locator("table.queue tbody tr")).ToHaveCountAsync(items);
            return counts.Min();
        }

        var two = await StatementsAsync(2);
        var twelve = await StatementsAsync(12);
        Assert.Equal(two, twelve);
    }
}
