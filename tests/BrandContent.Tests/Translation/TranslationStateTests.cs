using BrandContent.Brands;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Translation;

public sealed class TranslationStateTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    private async Task<(Brand Brand, Story[] Stories)> BrandWithStoriesAsync(int count)
    {
        var brand = TestContent.Brand(null, "vi", "en");
        var stories = Enumerable.Range(0, count).Select(i => new Story { BrandId = brand.Id, Date = new DateOnly(2026, 1, 1).AddDays(i) }).ToArray();
        await using (var db = app.OpenDb())
        {
            db.Add(brand);
            db.AddRange(stories);
            await db.SaveChangesAsync();
        }

        foreach (var (story, i) in stories.Select((s, i) => (s, i)))
        {
            await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = $"Câu chuyện {i}", slug = $"cau-chuyen-{i}", body = $"Nội dung {i}" });
        }

        return (brand, stories);
    }

    [Fact]
    public async Task A_translation_becomes_outdated_when_the_source_changes_until_updated_or_confirmed()
    {
        var (_, stories) = await BrandWithStoriesAsync(1);
        var id = stories[0].Id;
        var english = await editing.UpsertOkAsync("STORY", id, "en", null, new { title = "Story 0", slug = "story-0" });
        Assert.Equal(1, english.GetProperty("sourceRevision").GetInt32());
        Assert.False(english.GetProperty("outdated").GetBoolean());

        await editing.UpsertOkAsync("STORY", id, "vi", 1, new { body = "Nội dung đã sửa" });
        var outdated = await editing.VariantAsync("STORY", id, "en");
        Assert.True(outdated.GetProperty("outdated").GetBoolean());
        Assert.Equal(2, outdated.GetProperty("currentSourceRevision").GetInt32());

        var confirmed = (await editing.StepAsync("confirmTranslation", "STORY", id, "en", 1)).Ok().GetProperty("confirmTranslation");
        Assert.False(confirmed.GetProperty("outdated").GetBoolean());
        Assert.Equal(2, confirmed.GetProperty("sourceRevision").GetInt32());

        await editing.UpsertOkAsync("STORY", id, "vi", 2, new { title = "Tiêu đề mới" });
        Assert.True((await editing.VariantAsync("STORY", id, "en")).GetProperty("outdated").GetBoolean());
        var updated = await editing.UpsertOkAsync("STORY", id, "en", 1, new { title = "New title" });
        Assert.False(updated.GetProperty("outdated").GetBoolean());

        var source = await editing.StepAsync("confirmTranslation", "STORY", id, "vi", 3);
        Assert.Equal(["NOT_A_TRANSLATION"], source.ErrorCodes);
    }

    [Fact]
    public async Task Translation_status_counts_each_state_per_kind_and_locale_with_the_items_behind_it()
    {
        var (brand, stories) = await BrandWithStoriesAsync(4);
        await editing.UpsertOkAsync("STORY", stories[0].Id, "ko", null, new { title = "이야기 0", slug = "story-0" });
        await editing.UpsertOkAsync("STORY", stories[1].Id, "ko", null, new { title = "이야기 1", slug = "story-1" });
        (await editing.StepAsync("submitForReview", "STORY", stories[1].Id, "ko", 1)).Ok();
        await editing.UpsertOkAsync("STORY", stories[2].Id, "ko", null, new { title = "이야기 2", slug = "story-2" });
        await editing.UpsertOkAsync("STORY", stories[2].Id, "vi", 1, new { summary = "Tóm tắt mới" });

        var status = (await app.GraphQL().QueryAsync("""
            query($b: String!) { translationStatus(brand: $b, locale: "ko") {
              locales counts { kind locale missing outdated draft inReview approved published items(state: MISSING) { entityId label } } } }
            """, new { b = brand.Slug })).Ok().GetProperty("translationStatus");
        Assert.Equal(["ko"], status.GetProperty("locales").EnumerateArray().Select(l => l.GetString()));
        var story = status.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "STORY");
        Assert.Equal(1, story.GetProperty("missing").GetInt32());
        Assert.Equal(1, story.GetProperty("outdated").GetInt32());
        Assert.Equal(1, story.GetProperty("draft").GetInt32());
        Assert.Equal(1, story.GetProperty("inReview").GetInt32());
        Assert.Equal(0, story.GetProperty("published").GetInt32());
        var missing = Assert.Single(story.GetProperty("items").EnumerateArray());
        Assert.Equal(stories[3].Id.ToString(), missing.GetProperty("entityId").GetString());
        Assert.Equal("Câu chuyện 3", missing.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Queue_lists_missing_and_outdated_work_oldest_first_with_the_source_text()
    {
        var (brand, stories) = await BrandWithStoriesAsync(3);
        await editing.UpsertOkAsync("STORY", stories[1].Id, "ja", null, new { title = "物語 1", slug = "story-1" });

        var queue = (await app.GraphQL().QueryAsync(
            "query($b: String!) { translationQueue(locale: \"ja\", brand: $b) { kind entityId state sourceUpdatedAt sourceText { name value } } }", new { b = brand.Slug }))
            .Ok().GetProperty("translationQueue").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "STORY").ToList();
        Assert.Equal([stories[0].Id.ToString(), stories[2].Id.ToString()], queue.Select(i => i.GetProperty("entityId").GetString()));
        Assert.All(queue, i => Assert.Equal("MISSING", i.GetProperty("state").GetString()));
        Assert.Contains(queue[0].GetProperty("sourceText").EnumerateArray(), f => f.GetProperty("name").GetString() == "title" && f.GetProperty("value").GetString() == "Câu chuyện 0");
        var times = queue.Select(i => i.GetProperty("sourceUpdatedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task Market_coverage_shows_what_readers_see_in_fallback()
    {
        var brand = TestContent.Brand(null, "vi", "en");
        var pillar = TestContent.Pillar(brand, "coast", 1, "vi", "en", "ja");
        var other = TestContent.Pillar(brand, "forest", 2, "vi");
        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, pillar, other);
            await db.SaveChangesAsync();
        }

        var coverage = (await app.GraphQL().QueryAsync(
            "query($b: String!) { translationStatus(brand: $b, market: \"JP\") { locales coverage { kind total notServed servedIn { name value } inFallback { entityId locale } } } }",
            new { b = brand.Slug })).Ok().GetProperty("translationStatus");
        Assert.Equal(["ja", "en"], coverage.GetProperty("locales").EnumerateArray().Select(l => l.GetString()));
        var pillars = coverage.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "PILLAR");
        Assert.Equal(2, pillars.GetProperty("total").GetInt32());
        var served = pillars.GetProperty("servedIn").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString());
        Assert.Equal("1", served["ja"]);
        Assert.Equal("1", served["vi"]);
        var fallback = Assert.Single(pillars.GetProperty("inFallback").EnumerateArray());
        Assert.Equal(other.Id.ToString(), fallback.GetProperty("entityId").GetString());
        Assert.Equal("vi", fallback.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task Submitting_a_translation_warns_about_glossary_terms()
    {
        var (brand, stories) = await BrandWithStoriesAsync(0);
        var story = new Story { BrandId = brand.Id, Date = new DateOnly(2026, 2, 2) };
        await using (var db = app.OpenDb())
        {
            db.Add(story);
            await db.SaveChangesAsync();
        }

        foreach (var (term, dnt, translations) in new[] { ("Gia Lai", true, Array.Empty<object>()), ("cồng chiêng", false, [new { locale = "en", text = "gong" }]) })
        {
            (await app.GraphQL().QueryAsync(
                "mutation($b: String!, $t: String!, $d: Boolean, $tr: [TermTranslationInput!]) { upsertGlossaryTerm(brand: $b, term: $t, doNotTranslate: $d, translations: $tr) { term } }",
                new { b = brand.Slug, t = term, d = dnt, tr = translations })).Ok();
        }

        await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Cồng chiêng Gia Lai", slug = "cong-chieng-gia-lai", summary = "Không có thuật ngữ" });
        await editing.UpsertOkAsync("STORY", story.Id, "en", null, new { title = "Bronze drums of Gialai", slug = "bronze-drums", summary = "No terms" });

        var result = (await editing.StepAsync("submitForReview", "STORY", story.Id, "en", 1)).Ok().GetProperty("submitForReview");
        Assert.Equal("IN_REVIEW", result.GetProperty("variant").GetProperty("status").GetString());
        var warnings = result.GetProperty("glossaryWarnings").EnumerateArray()
            .Select(w => (w.GetProperty("field").GetString(), w.GetProperty("term").GetString(), w.GetProperty("rule").GetString(), w.GetProperty("expected").GetString()))
            .OrderBy(w => w.Item2)
            .ToList();
        Assert.Equal(
            [("title", "cồng chiêng", "APPROVED_TRANSLATION_MISSING", "gong"), ("title", "Gia Lai", "DO_NOT_TRANSLATE_ALTERED", "Gia Lai")],
            warnings);

        (await editing.StepAsync("requestChanges", "STORY", story.Id, "en", 1, ", comment: $comment", new { comment = "Glossary" })).Ok();
        await editing.UpsertOkAsync("STORY", story.Id, "en", 1, new { title = "The gong music of Gia Lai" });
        var clean = (await editing.StepAsync("submitForReview", "STORY", story.Id, "en", 2)).Ok().GetProperty("submitForReview");
        Assert.Equal(0, clean.GetProperty("glossaryWarnings").GetArrayLength());
    }
}
