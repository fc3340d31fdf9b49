using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>Publishing a clarification queues its translations at the top of every translator's queue, due by severity.</summary>
public sealed class ClarificationQueueTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ClarificationScene scene = new(app);

    private async Task<List<JsonElement>> QueueAsync(string token, string locale, string brand) =>
        [.. (await app.GraphQL(token).QueryAsync(
                "query($l: String!, $b: String) { translationQueue(locale: $l, brand: $b, first: 100) { kind entityId locale state dueAt sourceUpdatedAt } }", new { l = locale, b = brand }))
            .Ok().GetProperty("translationQueue").EnumerateArray()];

    [Fact]
    public async Task The_queue_lists_a_published_clarification_first_with_its_due_time_by_severity()
    {
        var brand = await scene.BrandAsync();

        // A story waiting longer than the clarification, which would otherwise come first.
        var story = (await app.GraphQL().QueryAsync("mutation($b: String!) { createStory(brand: $b, input: { date: \"2026-11-01\" }) { id } }", new { b = brand.Slug }))
            .Ok().GetProperty("createStory").GetProperty("id").GetGuid();
        await scene.Editing.UpsertOkAsync("STORY", story, "vi", null, new { title = "Chuyện cũ", slug = "chuyen-cu" });
        var critical = await scene.DraftAsync(brand.Slug, "CRITICAL", ["KR"]);
        var high = await scene.DraftAsync(brand.Slug, "HIGH", ["KR", "JP"]);
        var translator = await Keys.CreateAsync(app, "ko translator", "TRANSLATOR", locales: ["ko"]);

        // The brand's own texts wait in the queue too; the test follows its three items.
        var mine = new[] { story, critical, high };
        var unpublished = (await QueueAsync(translator, "ko", brand.Slug)).Where(i => mine.Contains(i.GetProperty("entityId").GetGuid())).ToList();
        Assert.Equal(mine, unpublished.Select(i => i.GetProperty("entityId").GetGuid()));
        Assert.All(unpublished, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("dueAt").ValueKind));

        (await scene.PublishNowAsync(high)).Ok();
        var publishedHigh = DateTimeOffset.UtcNow;
        (await scene.PublishNowAsync(critical)).Ok();
        var publishedCritical = DateTimeOffset.UtcNow;

        var whole = await QueueAsync(translator, "ko", brand.Slug);
        Assert.Equal([critical, high], whole.Take(2).Select(i => i.GetProperty("entityId").GetGuid()));
        var queue = whole.Where(i => mine.Contains(i.GetProperty("entityId").GetGuid())).ToList();
        Assert.Equal([critical, high, story], queue.Select(i => i.GetProperty("entityId").GetGuid()));
        Assert.Equal(["CLARIFICATION", "CLARIFICATION", "STORY"], queue.Select(i => i.GetProperty("kind").GetString()));
        Assert.InRange(queue[0].GetProperty("dueAt").GetDateTimeOffset(), publishedCritical.AddHours(4).AddSeconds(-10), publishedCritical.AddHours(4));
        Assert.InRange(queue[1].GetProperty("dueAt").GetDateTimeOffset(), publishedHigh.AddHours(12).AddSeconds(-10), publishedHigh.AddHours(12));
        Assert.Equal(JsonValueKind.Null, queue[2].GetProperty("dueAt").ValueKind);

        // Japanese is in JP's chain: only the HIGH one (for KR and JP) is queued there with a due time.
        var ja = await QueueAsync(BrandContentApp.AdminToken, "ja", brand.Slug);
        Assert.Equal(high, ja[0].GetProperty("entityId").GetGuid());
        Assert.Equal(JsonValueKind.Null, ja.Single(i => i.GetProperty("entityId").GetGuid() == critical).GetProperty("dueAt").ValueKind);

        // French is in no concerned market's chain: no due time, ordinary order.
        Assert.All(await QueueAsync(BrandContentApp.AdminToken, "fr", brand.Slug), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("dueAt").ValueKind));

        // Once translated, it leaves the queue.
        await scene.TranslateAsync(critical, "ko", "그런 일은 없습니다");
        Assert.DoesNotContain(await QueueAsync(translator, "ko", brand.Slug), i => i.GetProperty("entityId").GetGuid() == critical);
    }

    [Fact]
    public async Task The_ordinary_workflow_publish_queues_the_translations_too_and_a_second_publish_keeps_the_first_due_time()
    {
        var brand = await scene.BrandAsync();
        var id = await scene.DraftAsync(brand.Slug, "LOW", ["US"]);
        var revision = (await scene.Editing.VariantAsync(ClarificationScene.Kind, id, "vi")).GetProperty("revision").GetInt32();
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            (await scene.Editing.StepAsync(step, ClarificationScene.Kind, id, "vi", revision)).Ok();
        }

        var first = (await QueueAsync(BrandContentApp.AdminToken, "en", brand.Slug)).Single(i => i.GetProperty("entityId").GetGuid() == id).GetProperty("dueAt").GetDateTimeOffset();
        Assert.InRange(first, DateTimeOffset.UtcNow.AddHours(72).AddSeconds(-30), DateTimeOffset.UtcNow.AddHours(72));

        (await scene.Editing.StepAsync("unpublish", ClarificationScene.Kind, id, "vi", revision)).Ok();
        (await scene.Editing.StepAsync("publish", ClarificationScene.Kind, id, "vi", revision)).Ok();
        var again = (await QueueAsync(BrandContentApp.AdminToken, "en", brand.Slug)).Single(i => i.GetProperty("entityId").GetGuid() == id).GetProperty("dueAt").GetDateTimeOffset();
        Assert.Equal(first, again);
    }
}
