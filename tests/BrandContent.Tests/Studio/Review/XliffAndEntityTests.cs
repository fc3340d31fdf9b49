using System.Text;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BrandContent.Tests.Studio.Review;

/// <summary>The XLIFF screen (download, upload, the problem list) and creating and archiving entities, in a real browser.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class XliffAndEntityTests(StudioBrowser studio)
{
    private readonly ReviewScene scene = new(studio.App.GraphQL());

    private async Task<string> DownloadAsync(IPage page)
    {
        await page.GotoAsync("/studio/xliff");
        await page.Locator("#xliff-brand").SelectOptionAsync(ReviewScene.Brand);
        await page.Locator("#xliff-locale").SelectOptionAsync("ko");
        await page.Locator("input[name=Kind][value=Story]").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("form[method=get] button[type=submit]").ClickAsync());
        Assert.Equal("gia-lai.vi-ko.xlf", download.SuggestedFilename);
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    private static async Task UploadAsync(IPage page, string name, byte[] content)
    {
        await page.Locator("#xliff-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/xliff+xml", Buffer = content });
        await page.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
    }

    [Fact]
    public async Task A_bad_XLIFF_file_lists_its_problems_by_line_unit_and_rule_and_changes_nothing_and_a_good_one_applies()
    {
        var (id, _) = await scene.SourceOnlyAsync("xliff");
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await studio.KeyAsync("TRANSLATOR"), "/studio/xliff");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "xliff-vi");

        var exported = await DownloadAsync(page);
        var unit = $"STORY.{id}.title";
        Assert.Contains(unit, exported);
        Assert.DoesNotContain("\"PILLAR.", exported);

        var bad = XliffFiles.WithTargets(exported, new Dictionary<string, string> { [unit] = new string('가', 300) });
        await UploadAsync(page, "bad.xlf", Encoding.UTF8.GetBytes(bad));
        var problem = page.Locator("table.xliff-problems tbody tr").First;
        await Assertions.Expect(problem.Locator("td").Nth(0)).ToHaveTextAsync(XliffFiles.LineOf(bad, unit).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(problem.Locator("td").Nth(1)).ToHaveTextAsync(unit);
        await Assertions.Expect(problem.Locator("td").Nth(2)).ToHaveTextAsync("MAX_LENGTH");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "xliff-problems-vi");
        Assert.DoesNotContain((await studio.App.GraphQL().QueryAsync("query($id: ID!) { variants(kind: STORY, id: $id) { locale } }", new { id }))
            .Ok().GetProperty("variants").EnumerateArray(), v => v.GetProperty("locale").GetString() == "ko");

        var good = XliffFiles.WithTargets(exported, new Dictionary<string, string> { [unit] = "XLIFF로 번역한 제목", [$"STORY.{id}.slug"] = $"xliff-ko-{id:N}"[..30] });
        await UploadAsync(page, "good.xlf", Encoding.UTF8.GetBytes(good));
        await Assertions.Expect(page.Locator("section.done")).ToContainTextAsync("ko");
        await Assertions.Expect(page.Locator("table.xliff-problems")).ToHaveCountAsync(0);
        Assert.Equal("XLIFF로 번역한 제목", Fixtures.Editing.Field(await scene.VariantAsync(id, "ko"), "title"));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_gets_a_clear_message_and_a_file_that_is_not_XML_a_problem()
    {
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("TRANSLATOR"), "/studio/xliff");

        // From a file on disk: a buffer this size would cross Playwright's own channel as base64.
        var huge = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.xlf");
        await File.WriteAllBytesAsync(huge, new byte[(17 * 1024 * 1024) + 1]);
        await page.Locator("#xliff-file").SetInputFilesAsync(huge);
        await page.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
        File.Delete(huge);
        await Assertions.Expect(page.Locator(".problems")).ToContainTextAsync("the largest accepted is 16 MiB");

        await UploadAsync(page, "script.xlf", Encoding.UTF8.GetBytes("<script>alert(1)</script>\u0001"));
        await Assertions.Expect(page.Locator("table.xliff-problems")).ToContainTextAsync("XML_MALFORMED");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "xliff-problems-en");
    }

    [Fact]
    public async Task An_editor_creates_a_story_with_problems_shown_next_to_fields_then_archives_it_after_confirming()
    {
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"), "/studio/new/story");
        await page.Locator("#brand").SelectOptionAsync(ReviewScene.Brand);

        await page.Locator("button[type=submit]", new() { HasText = "Create story" }).ClickAsync();
        await Assertions.Expect(page.Locator("#problems-date")).ToHaveTextAsync("Required.");

        await page.Locator("#field-date").FillAsync("2026-09-02");
        await page.Locator("#field-pillars").FillAsync("no-such-pillar");
        await page.Locator("#field-tags").FillAsync("<b>lễ hội</b>");
        await page.Locator("button[type=submit]", new() { HasText = "Create story" }).ClickAsync();
        await Assertions.Expect(page.Locator("#problems-pillars")).ToContainTextAsync("no-such-pillar");
        await Assertions.Expect(page.Locator("#field-pillars")).ToHaveAttributeAsync("aria-describedby", "hint-pillars problems-pillars");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "entity-new-en");

        await page.Locator("#field-pillars").FillAsync("");
        await page.Locator("#field-tags").FillAsync("le-hoi");
        await page.Locator("button[type=submit]", new() { HasText = "Create story" }).ClickAsync();
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("story created");

        await page.GetByRole(AriaRole.Link, new() { Name = "Archive it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Archive a story");
        var id = Guid.Parse(new Uri(page.Url).Segments[4].TrimEnd('/'));
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "entity-archive-en");
        await using (var db = studio.App.OpenDb())
        {
            Assert.Null((await db.Stories.SingleAsync(s => s.Id == id)).ArchivedAt);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, archive this story" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.done")).ToContainTextAsync("was archived at");
        await using (var db = studio.App.OpenDb())
        {
            Assert.NotNull((await db.Stories.SingleAsync(s => s.Id == id)).ArchivedAt);
        }
    }

    [Fact]
    public async Task Event_values_out_of_order_or_with_characters_PostgreSQL_cannot_store_are_refused_without_an_error_page()
    {
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await studio.KeyAsync("EDITOR"), "/studio/new/event");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "entity-new-event-vi");

        await page.Locator("#brand").SelectOptionAsync(ReviewScene.Brand);
        await page.Locator("#field-startsOn").FillAsync("2026-10-05");
        await page.Locator("#field-endsOn").FillAsync("2026-10-01");
        await page.Locator("#field-place").FillAsync("Pleiku");
        await page.Locator("form.entity-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#problems-endsOn")).ToBeVisibleAsync();

        var token = await page.Locator("form.entity-form input[name=__RequestVerificationToken]").InputValueAsync();
        var form = page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token);
        form.Set("Brand", ReviewScene.Brand);
        form.Set("startsOn", "2026-10-01");
        form.Set("endsOn", "2026-10-05");
        form.Set("place", "Plei\u0000ku\u0007");
        // NUL never reaches the API: the request is refused (400) before the page runs, or the API refuses the text (422).
        var response = await page.APIRequest.PostAsync("/studio/new/event", new() { Form = form });
        Assert.True(response.Status is 400 or 422, $"{response.Status}: {await response.TextAsync()}");

        form.Set("place", new string('x', 100_000));
        Assert.Equal(422, (await page.APIRequest.PostAsync("/studio/new/event", new() { Form = form })).Status);
        await using (var db = studio.App.OpenDb())
        {
            Assert.False(await db.Set<BrandContent.Events.Event>().AnyAsync(e => e.Place.Length > 10_000));
        }

        form.Set("place", "Pleiku");
        form.Set("Brand", "tan-minh-forged-\u0001");
        Assert.Equal(422, (await page.APIRequest.PostAsync("/studio/new/event", new() { Form = form })).Status);
    }
}
