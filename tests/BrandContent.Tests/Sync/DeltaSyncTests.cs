using BrandContent.Publishing;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Sync;

/// <summary>The test: a delta is exactly what changed, and initial + delta equals a fresh initial sync.</summary>
public sealed class DeltaSyncTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task Publish_unpublish_rights_expiry_and_archive_make_a_delta_of_exactly_those_four_that_replays_to_a_fresh_sync()
    {
        var clock = new ShiftedClock();
        await using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = new GraphQLClient(host.CreateClient(), BrandContentApp.AdminToken);
        var brand = TestContent.Brand();
        var pillar = TestContent.Pillar(brand, "gong");
        var toPublish = TestContent.Story(brand, "to-publish", SyncScene.Day, new V("vi", WorkflowStatus.Approved));
        var toUnpublish = TestContent.Story(brand, "to-unpublish", SyncScene.Day, "vi");
        var unchanged = TestContent.Story(brand, "unchanged", SyncScene.Day, "vi", "en").WithPillars(pillar);
        var expiring = TestContent.Asset(brand, rightsExpireAt: DateTimeOffset.UtcNow.AddHours(1));
        var lasting = TestContent.Asset(brand);
        var archived = TestContent.Event(brand, SyncScene.Day, SyncScene.Day.AddDays(2), "vi");
        var festival = TestContent.Event(brand, SyncScene.Day, SyncScene.Day.AddDays(3), "vi", "ko");
        await app.SeedAsync(brand, pillar, toPublish, toUnpublish, unchanged, expiring, lasting, archived, festival);
        await host.RunSyncMaintenanceAsync();

        var mirror = new SyncMirror();
        await mirror.SyncAsync(client, brand.Slug, market: "KR");
        Assert.Equal(
            SyncMirror.Sorted($"UPSERT ASSET:{expiring.Id}:", $"UPSERT ASSET:{lasting.Id}:", $"UPSERT BRAND:{brand.Id}:", $"UPSERT EVENT:{archived.Id}:", $"UPSERT EVENT:{festival.Id}:",
                $"UPSERT PILLAR:{pillar.Id}:", $"UPSERT STORY:{toUnpublish.Id}:", $"UPSERT STORY:{unchanged.Id}:"),
            mirror.Changes());
        Assert.Empty(mirror.Tombstones);

        var editing = new Fixtures.Editing(client);
        (await editing.StepAsync("publish", "STORY", toPublish.Id, "vi")).Ok();
        (await editing.StepAsync("unpublish", "STORY", toUnpublish.Id, "vi")).Ok();
        await client.ArchiveAsync("EVENT", archived.Id);
        clock.Offset = TimeSpan.FromHours(2);
        Assert.True(await host.RunSyncMaintenanceAsync() >= 1);

        await mirror.SyncAsync(client, brand.Slug, market: "KR");
        Assert.Equal(
            SyncMirror.Sorted($"DELETE ASSET:{expiring.Id}:", $"DELETE EVENT:{archived.Id}:", $"DELETE STORY:{toUnpublish.Id}:", $"UPSERT STORY:{toPublish.Id}:"),
            mirror.Changes());
        Assert.Equal("to-publish vi", System.Text.Json.JsonDocument.Parse(mirror.Objects[$"STORY:{toPublish.Id}:"]).RootElement.GetProperty("title").GetString());

        var fresh = await SyncScene.FreshAsync(client, brand.Slug, market: "KR");
        Assert.Equal(fresh.Objects, mirror.Objects);

        // Nothing changed since: the next delta is empty, and says so at once.
        await mirror.SyncAsync(client, brand.Slug, market: "KR");
        Assert.Empty(mirror.Changes());
        Assert.Single(mirror.Pages);
    }
}
