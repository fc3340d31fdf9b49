using BrandContent.Markup;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Editing;

/// <summary>
/// Markdown fields refuse markup that could run script, on every write path, and their HTML twins (bodyHtml,
/// storyHtml, descriptionHtml) are sanitized, even for text stored before the check.
/// </summary>
public sealed class UnsafeMarkupTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly Fixtures.Editing editing = new(app.GraphQL());
    private readonly XliffFiles xliff = new(app);

    /// <summary>Each way a Markdown text could carry script, with what the refusal names.</summary>
    public static TheoryData<string, string> Attacks => new()
    {
        { "Lễ hội <script>alert(1)</script>", "<script>" },
        { "<img src=x onerror=alert(1)>", "onerror=" },
        { "<IMG SRC=x OnError=alert(1)>", "onerror=" },
        { "<iframe src=\"https://evil.example\"></iframe>", "<iframe>" },
        { "<object data=\"x.swf\"></object>", "<object>" },
        { "<embed src=\"x.swf\">", "<embed>" },
        { "<svg><script>alert(1)</script></svg>", "<svg>" },
        { "[xem](javascript:alert(1))", "href=\"javascript:alert(1)\"" },
        { "[xem](JaVaScRiPt:alert(1))", "href=\"JaVaScRiPt:alert(1)\"" },
        { "[xem](&#106;avascript:alert(1))", "href=\"javascript:alert(1)\"" },
        { "![ảnh](javascript:alert(1))", "src=\"javascript:alert(1)\"" },
        { "[xem][r]\n\n[r]: javascript:alert(1)", "href=\"javascript:alert(1)\"" },
        { "<javascript:alert(1)>", "href=\"javascript:alert(1)\"" },
        { "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "href=\"jav\tascript:alert(1)\"" },
        { "<a href=\" javascript:alert(1)\">x</a>", "href=\" javascript:alert(1)\"" },
        { "[xem](vbscript:msgbox(1))", "href=\"vbscript:msgbox(1)\"" },
        { "[xem](data:text/html;base64,PHNjcmlwdD4=)", "href=\"data:text/html;base64,PHNjcmlwdD4=\"" },
        { "<div style=\"background:url(javascript:alert(1))\">x</div>", "style=" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Script_in_a_story_body_is_refused_on_upsert_as_UNSAFE_MARKUP(string body, string named)
    {
        var story = await NewStoryAsync();

        var problem = Assert.Single(XliffFiles.Problems(await editing.UpsertAsync("STORY", story.Id, "vi", null, new { title = "Tiêu đề", slug = "tieu-de", body })));

        Assert.Equal(("body", "UNSAFE_MARKUP"), (problem.Field, problem.Rule));
        Assert.Contains(named, problem.Message);
        Assert.StartsWith("body contains markup that could run script in a browser:", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Script_in_an_XLIFF_target_of_a_Markdown_field_is_refused_with_its_line(string body, string named)
    {
        var content = await xliff.TranslatableBrandAsync();
        var unit = content.Unit("STORY", "body");
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), new Dictionary<string, string>
        {
            [content.Unit("STORY", "title")] = "<b>題</b> は文字のまま",
            [content.Unit("STORY", "slug")] = "dai",
            [unit] = body,
        });

        var problem = Assert.Single(XliffFiles.Problems(await xliff.ImportAsync(file)));

        Assert.Equal(($"line {XliffFiles.LineOf(file, unit)}: unit {unit}", "UNSAFE_MARKUP"), (problem.Field, problem.Rule));
        Assert.Contains(named, problem.Message);
        Assert.DoesNotContain(
            (await app.GraphQL().QueryAsync("query($id: ID!) { variants(kind: STORY, id: $id) { locale } }", new { id = content.Story.Id })).Ok()
                .GetProperty("variants").EnumerateArray(),
            v => v.GetProperty("locale").GetString() == "ja");
    }

    [Fact]
    public async Task A_brand_story_and_an_event_description_refuse_script_too_in_the_callers_language()
    {
        var brand = TestContent.Brand();
        var @event = TestContent.Event(brand, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 3));
        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, @event);
            await db.SaveChangesAsync();
        }

        var onBrand = XliffFiles.Problems(await editing.UpsertAsync("BRAND", brand.Id, "vi", 1, new { story = "<iframe src=//evil.example></iframe>" })).Single();
        var onEvent = (await app.GraphQL().QueryAsync(
            "mutation($id: ID!) { upsertVariant(kind: EVENT, id: $id, locale: \"vi\", expectedRevision: 1, fields: [{ name: \"description\", value: \"[vé](javascript:steal())\" }]) { revision } }",
            new { id = @event.Id }, acceptLanguage: "vi"));

        Assert.Equal(("story", "UNSAFE_MARKUP"), (onBrand.Field, onBrand.Rule));
        var problem = XliffFiles.Problems(onEvent).Single();
        Assert.Equal(("description", "UNSAFE_MARKUP"), (problem.Field, problem.Rule));
        Assert.StartsWith("description chứa mã có thể chạy script trong trình duyệt: href=\"javascript:steal()\" in <a>.", problem.Message);
    }

    [Fact]
    public async Task Harmless_inline_HTML_and_http_links_are_accepted_and_bodyHtml_renders_them()
    {
        var story = await NewStoryAsync();
        const string Body = "## Lịch\n\nĐêm hội <em>rực rỡ</em><br>bên bếp lửa & <注>, xem [trang](https://example.com/le-hoi \"Lễ hội\") hoặc [thư](mailto:info@example.com).\n\n| ngày | nơi |\n| --- | --- |\n| 1 | Pleiku |\n";

        var written = await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "<b>Không phải HTML</b>", slug = "an-toan", body = Body });
        var html = (await app.GraphQL().QueryAsync("query($b: String!) { story(brand: $b, slug: \"an-toan\", preview: true) { title body bodyHtml } }", new { b = story.Brand }))
            .Ok().GetProperty("story");

        Assert.Equal("<b>Không phải HTML</b>", Fixtures.Editing.Field(written, "title"));
        Assert.Equal(Body, html.GetProperty("body").GetString());
        Assert.Equal(
            "<h2>Lịch</h2>\n<p>Đêm hội <em>rực rỡ</em><br>bên bếp lửa &amp; &lt;注&gt;, xem <a href=\"https://example.com/le-hoi\" title=\"Lễ hội\">trang</a> hoặc <a href=\"mailto:info@example.com\">thư</a>.</p>\n"
            + "<table>\n<thead>\n<tr>\n<th>ngày</th>\n<th>nơi</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>Pleiku</td>\n</tr>\n</tbody>\n</table>\n",
            html.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task bodyHtml_and_storyHtml_of_the_demo_content_are_HTML_with_headings_lists_and_emphasis()
    {
        var data = (await app.GraphQL().QueryAsync(
            "{ stories(brand: \"lam-dong\", locale: \"en\", first: 20) { edges { node { body bodyHtml } } } brand(slug: \"viet-nam\", locale: \"zh-Hans\") { story storyHtml } }")).Ok();

        var stories = data.GetProperty("stories").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.NotEmpty(stories);
        Assert.All(stories, s => Assert.StartsWith("<h2>", s.GetProperty("bodyHtml").GetString()));
        Assert.Contains(stories, s => s.GetProperty("bodyHtml").GetString()!.Contains("<li><strong>", StringComparison.Ordinal));
        Assert.Contains("<strong>", data.GetProperty("brand").GetProperty("storyHtml").GetString());
        Assert.DoesNotContain("**", data.GetProperty("brand").GetProperty("storyHtml").GetString());
    }

    [Fact]
    public async Task A_legacy_unsafe_body_stored_before_the_check_is_sanitized_in_bodyHtml_and_blocks_no_other_edit()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "legacy", new DateOnly(2026, 5, 1), "vi");
        const string Legacy = "# Cũ\n\n<script>alert(document.cookie)</script><img src=\"https://media.example/a.jpg\" onerror=\"alert(1)\">\n\n[xem](javascript:alert(1)) <iframe src=\"https://evil.example\"></iframe>\n";
        foreach (var variant in story.Variants)
        {
            variant.Body = Legacy;
        }

        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, story);
            await db.SaveChangesAsync();
        }

        var delivered = (await app.GraphQL().QueryAsync("query($b: String!) { story(brand: $b, slug: \"legacy-vi\") { body bodyHtml } }", new { b = brand.Slug })).Ok().GetProperty("story");

        Assert.Equal(Legacy, delivered.GetProperty("body").GetString());
        Assert.Equal("<h1>Cũ</h1>\n<img src=\"https://media.example/a.jpg\">\n<p><a>xem</a> </p>\n", delivered.GetProperty("bodyHtml").GetString());
        await editing.UpsertOkAsync("STORY", story.Id, "vi", 1, new { title = "Tiêu đề mới" });
        Assert.Equal("UNSAFE_MARKUP", XliffFiles.Problems(await editing.UpsertAsync("STORY", story.Id, "vi", 2, new { body = Legacy })).Single().Rule);
    }

    [Fact]
    public async Task Every_Markdown_text_of_the_demo_content_passes_the_markup_check()
    {
        // The demo brands only: other tests of this class add test brands, some with unsafe text on purpose.
        await using var db = app.OpenDb();
        var demo = await db.Brands.Where(b => !b.Slug.StartsWith("test-")).Select(b => b.Id).ToListAsync();
        var texts = (await db.StoryVariants.Where(v => demo.Contains(v.BrandId)).Select(v => v.Body).ToListAsync())
            .Concat(await db.BrandVariants.Where(v => demo.Contains(v.BrandId)).Select(v => v.Story).ToListAsync())
            .Concat(await db.EventVariants.Where(v => db.Events.Any(e => e.Id == v.EventId && demo.Contains(e.BrandId))).Select(v => v.Description).ToListAsync())
            .OfType<string>()
            .ToList();

        Assert.True(texts.Count > 50, $"{texts.Count} texts");
        Assert.All(texts, text => Assert.Empty(MarkdownHtml.UnsafeParts(text)));
    }

    private async Task<(Guid Id, string Brand)> NewStoryAsync()
    {
        var brand = TestContent.Brand();
        var story = new Story { BrandId = brand.Id, Date = new DateOnly(2026, 4, 1) };
        await using var db = app.OpenDb();
        db.AddRange(brand, story);
        await db.SaveChangesAsync();
        return (story.Id, brand.Slug);
    }
}
