using System.Text.Json;
using BrandContent.Publishing;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Editing;

public sealed class WorkflowTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    /// <summary>A story brought to <paramref name="status"/> through the legal path; returns its id and revision.</summary>
    private async Task<(Brands.Brand Brand, Guid Id, int Revision)> ReachAsync(string status)
    {
        var brand = TestContent.Brand();
        var story = new Story { BrandId = brand.Id, Date = new DateOnly(2026, 6, 1) };
        await using (var db = app.OpenDb())
        {
            db.AddRange(brand, story);
            await db.SaveChangesAsync();
        }

        await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Phiên bản một", slug = "phien-ban-mot" });
        var path = new[] { ("IN_REVIEW", "submitForReview"), ("APPROVED", "approve"), ("PUBLISHED", "publish") };
        foreach (var (reached, step) in path.TakeWhile((_, i) => status != "DRAFT" && Array.FindIndex(path, p => p.Item1 == status) >= i))
        {
            var response = await editing.StepAsync(step, "STORY", story.Id, "vi", 1);
            Assert.True(response.Errors.Count == 0, $"{step} to reach {reached}: {response.Body}");
        }

        return (brand, story.Id, 1);
    }

    public static TheoryData<string, string, string?> Transitions() => new()
    {
        { "DRAFT", "submitForReview", "IN_REVIEW" },
        { "DRAFT", "approve", null },
        { "DRAFT", "requestChanges", null },
        { "DRAFT", "publish", null },
        { "DRAFT", "unpublish", null },
        { "IN_REVIEW", "submitForReview", null },
        { "IN_REVIEW", "approve", "APPROVED" },
        { "IN_REVIEW", "requestChanges", "DRAFT" },
        { "IN_REVIEW", "publish", null },
        { "IN_REVIEW", "unpublish", null },
        { "APPROVED", "submitForReview", null },
        { "APPROVED", "approve", null },
        { "APPROVED", "requestChanges", "DRAFT" },
        { "APPROVED", "publish", "PUBLISHED" },
        { "APPROVED", "unpublish", null },
        { "PUBLISHED", "submitForReview", null },
        { "PUBLISHED", "approve", null },
        { "PUBLISHED", "requestChanges", null },
        { "PUBLISHED", "publish", null },
        { "PUBLISHED", "unpublish", "APPROVED" },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task Every_transition_is_legal_or_refused_as_the_state_machine_says(string from, string step, string? to)
    {
        var (_, id, revision) = await ReachAsync(from);
        Assert.Equal(from, (await editing.VariantAsync("STORY", id, "vi")).GetProperty("status").GetString());

        var response = step == "requestChanges"
            ? await editing.StepAsync(step, "STORY", id, "vi", revision, ", comment: $comment", new { comment = "Xin sửa lại tiêu đề" })
            : await editing.StepAsync(step, "STORY", id, "vi", revision);

        var after = (await editing.VariantAsync("STORY", id, "vi")).GetProperty("status").GetString();
        if (to is null)
        {
            Assert.Equal(["INVALID_TRANSITION"], response.ErrorCodes);
            Assert.Equal(from, after);
        }
        else
        {
            response.Ok();
            Assert.Equal(to, after);
        }
    }

    [Fact]
    public async Task Publishing_serves_the_text_and_a_later_edit_stays_unseen_until_published_again()
    {
        var (brand, id, _) = await ReachAsync("PUBLISHED");
        Assert.Equal("Phiên bản một", await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));

        await editing.UpsertOkAsync("STORY", id, "vi", 1, new { title = "Phiên bản hai" });
        Assert.Equal("Phiên bản một", await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));
        Assert.Equal("Phiên bản hai", await DeliveredTitleAsync(brand.Slug, "phien-ban-mot", preview: true));

        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            (await editing.StepAsync(step, "STORY", id, "vi", 2)).Ok();
        }

        Assert.Equal("Phiên bản hai", await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));
    }

    [Fact]
    public async Task Unpublishing_stops_delivery_at_once()
    {
        var (brand, id, _) = await ReachAsync("PUBLISHED");
        (await editing.StepAsync("unpublish", "STORY", id, "vi", 1)).Ok();
        Assert.Null(await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));
        Assert.Equal("Phiên bản một", await DeliveredTitleAsync(brand.Slug, "phien-ban-mot", preview: true));
    }

    [Fact]
    public async Task Request_changes_needs_a_comment_and_keeps_it_in_the_history()
    {
        var (_, id, _) = await ReachAsync("IN_REVIEW");
        var empty = await editing.StepAsync("requestChanges", "STORY", id, "vi", 1, ", comment: $comment", new { comment = " " });
        Assert.Equal(["VALIDATION_FAILED"], empty.ErrorCodes);

        (await editing.StepAsync("requestChanges", "STORY", id, "vi", 1, ", comment: $comment", new { comment = "Thiếu nguồn ảnh" })).Ok();
        var history = (await app.GraphQL().QueryAsync("query($id: ID!) { variantHistory(kind: STORY, id: $id, locale: \"vi\") { action comment actor } }", new { id }))
            .Ok().GetProperty("variantHistory");
        Assert.Equal("CHANGES_REQUESTED", history[0].GetProperty("action").GetString());
        Assert.Equal("Thiếu nguồn ảnh", history[0].GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Scheduled_publish_fires_exactly_once_with_two_servers_on_one_database()
    {
        var (brand, id, _) = await ReachAsync("APPROVED");
        (await editing.StepAsync("publish", "STORY", id, "vi", 1, ", publishAt: $publishAt", new { publishAt = DateTimeOffset.UtcNow.AddHours(1) })).Ok();
        Assert.Equal("APPROVED", (await editing.VariantAsync("STORY", id, "vi")).GetProperty("status").GetString());
        Assert.Null(await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));

        await MakeDueAsync(id);
        await using var twin = app.Twin();
        await twin.InitializeAsync();
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => RunSchedulerAsync(i % 2 == 0 ? app : twin)));

        Assert.Equal(1, runs.Sum());
        Assert.Equal("Phiên bản một", await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));
        await using var db = app.OpenDb();
        Assert.Equal(1, await db.VariantRevisions.CountAsync(r => r.EntityId == id && r.Action == RevisionAction.Published));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.TargetId == id && a.Operation == "scheduledPublish"));
    }

    [Fact]
    public async Task Scheduled_publish_of_a_revision_edited_since_is_skipped()
    {
        var (brand, id, _) = await ReachAsync("APPROVED");
        (await editing.StepAsync("publish", "STORY", id, "vi", 1, ", publishAt: $publishAt", new { publishAt = DateTimeOffset.UtcNow.AddHours(1) })).Ok();
        await editing.UpsertOkAsync("STORY", id, "vi", 1, new { title = "Chưa duyệt" });
        await MakeDueAsync(id);

        Assert.Equal(0, await RunSchedulerAsync(app));
        Assert.Null(await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));
        await using var db = app.OpenDb();
        Assert.Equal("SKIPPED_STALE", await db.ScheduledChanges.Where(c => c.EntityId == id).Select(c => c.Outcome).SingleAsync());
    }

    [Fact]
    public async Task UnpublishAt_takes_the_story_down_and_moves_the_workflow_back()
    {
        var (brand, id, _) = await ReachAsync("APPROVED");
        var invalid = await editing.StepAsync("publish", "STORY", id, "vi", 1, ", unpublishAt: $unpublishAt", new { unpublishAt = DateTimeOffset.UtcNow.AddDays(-1) });
        Assert.Equal(["VALIDATION_FAILED"], invalid.ErrorCodes);

        (await editing.StepAsync("publish", "STORY", id, "vi", 1, ", unpublishAt: $unpublishAt", new { unpublishAt = DateTimeOffset.UtcNow.AddHours(2) })).Ok();
        Assert.Equal("Phiên bản một", await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));

        await MakeDueAsync(id);
        Assert.Equal(1, await RunSchedulerAsync(app));
        Assert.Null(await DeliveredTitleAsync(brand.Slug, "phien-ban-mot"));
        Assert.Equal("APPROVED", (await editing.VariantAsync("STORY", id, "vi")).GetProperty("status").GetString());
    }

    private async Task<string?> DeliveredTitleAsync(string brand, string slug, bool preview = false)
    {
        var data = (await app.GraphQL().QueryAsync(
            "query($b: String!, $s: String!, $p: Boolean) { story(brand: $b, slug: $s, preview: $p) { title } }", new { b = brand, s = slug, p = preview })).Ok();
        return data.GetProperty("story").ValueKind == JsonValueKind.Null ? null : data.GetProperty("story").GetProperty("title").GetString();
    }

    /// <summary>Moves the variant's scheduled changes into the past: the clock does not have to run for the test.</summary>
    private async Task MakeDueAsync(Guid id)
    {
        await using var db = app.OpenDb();
        await db.ScheduledChanges.Where(c => c.EntityId == id && c.DoneAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        await db.StoryVariants.Where(v => v.StoryId == id && v.IsLive && v.UnpublishAt != null)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.UnpublishAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
    }

    private static Task<int> RunSchedulerAsync(BrandContentApp host) =>
        host.InScopeAsync(services => services.GetRequiredService<PublishScheduler>().RunDueAsync(CancellationToken.None));
}
