using BrandContent.Localization;
using BrandContent.Storage;
using BrandContent.Sync;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Sync;

/// <summary>
/// Log rows are numbered when written but commit in another order: a reader must not move past a change that has
/// not committed yet. The later row commits first; the earlier one still reaches the delta once it commits.
/// </summary>
public sealed class SyncCommitOrderTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static async Task ArchiveAndLogAsync(BrandContentDb db, Guid storyId, Guid brandId)
    {
        await db.Database.ExecuteSqlAsync($"""UPDATE "Stories" SET "ArchivedAt" = now() WHERE "Id" = {storyId}""");
        await db.RecordContentChangeAsync(ContentKind.Story, storyId, brandId, CancellationToken.None);
    }

    [Fact]
    public async Task A_change_that_commits_after_a_later_numbered_one_is_not_lost()
    {
        var brand = TestContent.Brand();
        var first = TestContent.Story(brand, "first", SyncScene.Day, "vi");
        var second = TestContent.Story(brand, "second", SyncScene.Day, "vi");
        await app.SeedAsync(brand, first, second);
        var client = app.GraphQL();
        var mirror = new SyncMirror();
        await mirror.SyncAsync(client, brand.Slug, market: "KR");

        await using var early = app.OpenDb();
        await using var earlyTransaction = await early.Database.BeginTransactionAsync();
        await ArchiveAndLogAsync(early, first.Id, brand.Id);
        await using (var late = app.OpenDb())
        {
            await using var lateTransaction = await late.Database.BeginTransactionAsync();
            await ArchiveAndLogAsync(late, second.Id, brand.Id);
            await lateTransaction.CommitAsync();
        }

        await using (var db = app.OpenDb())
        {
            var rows = await db.ContentChanges.Where(c => c.BrandId == brand.Id).OrderBy(c => c.Seq).Select(c => c.EntityId).ToListAsync();
            Assert.Equal([second.Id], rows);
        }

        // The later change is committed, the earlier is not: the reader waits for both rather than skip the first.
        await mirror.SyncAsync(client, brand.Slug, market: "KR");
        Assert.Empty(mirror.Changes());

        await earlyTransaction.CommitAsync();
        await using (var db = app.OpenDb())
        {
            var rows = await db.ContentChanges.Where(c => c.BrandId == brand.Id).OrderBy(c => c.Seq).Select(c => c.EntityId).ToListAsync();
            Assert.Equal([first.Id, second.Id], rows);
        }

        await mirror.SyncAsync(client, brand.Slug, market: "KR");
        Assert.Equal(
            SyncMirror.Sorted($"DELETE STORY:{first.Id}:", $"DELETE STORY:{second.Id}:"), mirror.Changes());
        Assert.Equal((await SyncScene.FreshAsync(client, brand.Slug, market: "KR")).Objects, mirror.Objects);
    }
}
