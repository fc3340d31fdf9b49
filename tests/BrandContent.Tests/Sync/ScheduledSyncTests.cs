using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Sync;

/// <summary>Changes made by time (a scheduled publish or unpublish, an unpublishAt passing) reach the delta when they take effect.</summary>
public sealed class ScheduledSyncTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_scheduled_publish_appears_when_the_scheduler_fires_it_not_when_it_is_scheduled()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "later", SyncScene.Day, new V("vi", WorkflowStatus.Approved));
        await app.SeedAsync(brand, story);
        var client = app.GraphQL();
        var mirror = new SyncMirror();
        await mirror.SyncAsync(client, brand.Slug, market: "JP");

        (await new Fixtures.Editing(client).StepAsync("publish", "STORY", story.Id, "vi", extra: ", publishAt: $publishAt", extraVariables: new { publishAt = DateTimeOffset.UtcNow.AddHours(1) })).Ok();
        await mirror.SyncAsync(client, brand.Slug, market: "JP");
        Assert.Empty(mirror.Changes());

        await app.MakeScheduleDueAsync(story.Id);
        Assert.Equal(1, await app.RunSchedulerAsync());
        await mirror.SyncAsync(client, brand.Slug, market: "JP");
        Assert.Equal([$"UPSERT STORY:{story.Id}:"], mirror.Changes());
    }

    [Fact]
    public async Task An_unpublishAt_passing_is_a_tombstone_from_the_sync_job_before_the_scheduler_moves_the_workflow()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "until", SyncScene.Day, new V("vi", WorkflowStatus.Approved));
        await app.SeedAsync(brand, story);
        var client = app.GraphQL();
        await app.RunSyncMaintenanceAsync();
        var mirror = new SyncMirror();
        await mirror.SyncAsync(client, brand.Slug, market: "JP");
        Assert.DoesNotContain(mirror.Objects.Keys, k => k.StartsWith("STORY:", StringComparison.Ordinal));

        (await new Fixtures.Editing(client).StepAsync("publish", "STORY", story.Id, "vi", extra: ", unpublishAt: $unpublishAt", extraVariables: new { unpublishAt = DateTimeOffset.UtcNow.AddHours(1) })).Ok();
        await mirror.SyncAsync(client, brand.Slug, market: "JP");
        Assert.Equal([$"UPSERT STORY:{story.Id}:"], mirror.Changes());

        // The hour passes: delivery hides the live row by itself; the job logs it, the scheduler has not run.
        await using (var db = app.OpenDb())
        {
            await db.StoryVariants.Where(v => v.StoryId == story.Id && v.IsLive).ExecuteUpdateAsync(v => v.SetProperty(x => x.UnpublishAt, DateTimeOffset.UtcNow));
        }

        await mirror.SyncAsync(client, brand.Slug, market: "JP");
        Assert.Empty(mirror.Changes());
        Assert.True(await app.RunSyncMaintenanceAsync() >= 1);
        await mirror.SyncAsync(client, brand.Slug, market: "JP");
        Assert.Equal([$"DELETE STORY:{story.Id}:"], mirror.Changes());

        // A second server running the job for the same instants logs nothing again.
        await using var twin = app.Twin();
        Assert.Equal(0, await twin.RunSyncMaintenanceAsync());
        Assert.Equal((await SyncScene.FreshAsync(client, brand.Slug, market: "JP")).Objects, mirror.Objects);
    }
}
