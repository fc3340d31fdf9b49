using System.Globalization;
using Microsoft.Playwright;

namespace BrandContent.Tests.Studio.Review;

/// <summary>The review screen in a real browser: the list, the diff, approve, request changes, publish now or at a market's time.</summary>
[Collection(StudioBrowserCollection.Collection)]
public sealed class ReviewScreenTests(StudioBrowser studio)
{
    private readonly ReviewScene scene = new(studio.App.GraphQL());

    [Fact]
    public async Task A_reviewer_approves_and_publishes_a_Korean_translation_and_the_public_API_then_serves_it()
    {
        var (id, slug) = await scene.KoreanInReviewAsync("gong", "징 문화 공간", "중앙 고원의 징 문화 공간");
        var page = await studio.NewPageAsync("vi");
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"), "/studio/review");

        // The list: what waits, with its brand, kind, locale and who submitted it.
        var row = page.Locator("table.review-list tr", new() { HasText = "중앙 고원의 징 문화 공간" });
        await Assertions.Expect(row).ToContainTextAsync(ReviewScene.Brand);
        await Assertions.Expect(row).ToContainTextAsync("ko");
        await Assertions.Expect(row).ToContainTextAsync("câu chuyện");
        await Assertions.Expect(row.Locator("a")).ToHaveAttributeAsync("lang", "ko");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "review-list-vi");

        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**{ReviewScene.Path("review", id)}");
        var title = page.Locator("table.diff tr.changed", new() { HasText = "title" });
        await Assertions.Expect(title.Locator("del")).ToHaveTextAsync("징 문화 공간");
        await Assertions.Expect(title.Locator("ins")).ToHaveTextAsync("중앙 고원의 징 문화 공간");
        await Assertions.Expect(page.Locator("table.diff tr.same", new() { HasText = "slug" })).ToHaveCountAsync(1);
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "review-variant-vi");

        // The main action with the keyboard alone.
        await page.Locator("form[action*='handler=Approve'] button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#variant-status")).ToHaveTextAsync("đã duyệt");

        await page.Locator("form[action*='handler=Publish'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#variant-status")).ToHaveTextAsync("đã phát hành");
        await Assertions.Expect(page.Locator("p.done")).ToHaveTextAsync("Đã phát hành.");

        var reader = studio.App.GraphQL(await studio.KeyAsync("PUBLIC"));
        var story = (await reader.QueryAsync("query($s: String!) { story(brand: \"gia-lai\", slug: $s, locale: \"ko\", fallback: false) { title locale } }", new { s = slug }))
            .Ok().GetProperty("story");
        Assert.Equal("중앙 고원의 징 문화 공간", story.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Requesting_changes_needs_a_comment_which_the_translator_then_finds_in_the_history()
    {
        var (id, _) = await scene.KoreanInReviewAsync("sunflower", "해바라기", "야생 해바라기 축제");
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"), ReviewScene.Path("review", id));

        await page.Locator("#comment").FillAsync("   ");
        await page.Locator("form[action*='handler=RequestChanges'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#problems-comment")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#comment")).ToHaveAttributeAsync("aria-describedby", "problems-comment");
        Assert.Equal("IN_REVIEW", (await scene.VariantAsync(id, "ko")).GetProperty("status").GetString());
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "review-comment-required-en");

        // A huge comment is refused by the API's own limit, next to the field too.
        await page.Locator("#comment").FillAsync(new string('x', 5000));
        await page.Locator("form[action*='handler=RequestChanges'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#problems-comment")).ToContainTextAsync("2000");

        await page.Locator("#comment").FillAsync("Please use the festival's official name <b>bold</b>");
        await page.Locator("form[action*='handler=RequestChanges'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#variant-status")).ToHaveTextAsync("draft");

        Assert.Equal("DRAFT", (await scene.VariantAsync(id, "ko")).GetProperty("status").GetString());
        var entry = (await scene.HistoryAsync(id, "ko")).First();
        Assert.Equal("CHANGES_REQUESTED", entry.GetProperty("action").GetString());
        Assert.Equal("Please use the festival's official name <b>bold</b>", entry.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Publishing_at_nine_in_the_morning_in_Korea_stores_midnight_UTC()
    {
        var (id, _) = await scene.KoreanInReviewAsync("volcano", "화산", "추당야 화산");
        (await new Fixtures.Editing(studio.App.GraphQL()).StepAsync("approve", "STORY", id, "ko", 2)).Ok();
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"), ReviewScene.Path("review", id));

        await Assertions.Expect(page.Locator("#market option[value=KR]")).ToContainTextAsync("Asia/Seoul");
        await page.Locator("#market").SelectOptionAsync("KR");
        await page.Locator("#publishAt").FillAsync("2027-03-01T09:00");
        await StudioBrowser.AssertAccessibleAsync(page);
        await StudioBrowser.ScreenshotAsync(page, "review-schedule-en");
        await page.Locator("form[action*='handler=Schedule'] button").ClickAsync();
        await Assertions.Expect(page.Locator("p.done")).ToHaveTextAsync("Publishing is scheduled.");

        var scheduled = (await scene.HistoryAsync(id, "ko")).First();
        Assert.Equal("PUBLISH_SCHEDULED", scheduled.GetProperty("action").GetString());
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero),
            DateTimeOffset.Parse(scheduled.GetProperty("comment").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_time_that_is_not_a_time_is_refused_next_to_the_field_and_nothing_is_scheduled()
    {
        var (id, _) = await scene.KoreanInReviewAsync("bad-time", "시간", "잘못된 시간");
        (await new Fixtures.Editing(studio.App.GraphQL()).StepAsync("approve", "STORY", id, "ko", 2)).Ok();
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"), ReviewScene.Path("review", id));

        // What a browser without datetime-local (or a forged form) can send.
        await page.Locator("#publishAt").EvaluateAsync("e => { e.type = 'text'; e.value = '2027-13-45T99:99\\u0007<script>'; }");
        await page.Locator("form[action*='handler=Schedule'] button").ClickAsync();

        await Assertions.Expect(page.Locator("#problems-publishAt")).ToContainTextAsync("2026-12-01T09:00");
        Assert.Equal("APPROVED", (await scene.VariantAsync(id, "ko")).GetProperty("status").GetString());
        Assert.DoesNotContain(await scene.HistoryAsync(id, "ko"), e => e.GetProperty("action").GetString() == "PUBLISH_SCHEDULED");
    }

    [Fact]
    public async Task A_published_translation_is_unpublished_and_the_public_API_stops_serving_it()
    {
        var (id, slug) = await scene.KoreanInReviewAsync("unpublish", "내릴 이야기", "", liveOnly: true);
        var page = await studio.NewPageAsync("en");
        await studio.SignInAsync(page, await studio.KeyAsync("REVIEWER"), ReviewScene.Path("review", id));

        await page.Locator("form[action*='handler=Unpublish'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#variant-status")).ToHaveTextAsync("approved");

        var reader = studio.App.GraphQL(await studio.KeyAsync("PUBLIC"));
        var story = (await reader.QueryAsync("query($s: String!) { story(brand: \"gia-lai\", slug: $s, locale: \"ko\", fallback: false) { title } }", new { s = slug }))
            .Ok().GetProperty("story");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, story.ValueKind);
    }
}
