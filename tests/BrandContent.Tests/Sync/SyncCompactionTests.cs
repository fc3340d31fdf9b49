using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Sync;

/// <summary>Log rows older than the retention are deleted; a token from before them gets SYNC_TOKEN_EXPIRED and starts over.</summary>
public sealed class SyncCompactionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_token_older_than_the_compacted_log_is_SYNC_TOKEN_EXPIRED_and_a_sync_without_token_starts_over()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "old", SyncScene.Day, "vi");
        var other = TestContent.Story(brand, "kept", SyncScene.Day, "vi");
        await app.SeedAsync(brand, story, other);
        var client = app.GraphQL();
        var mirror = new SyncMirror();
        await mirror.SyncAsync(client, brand.Slug, market: "KR");
        var old = mirror.Token;
        await client.ArchiveAsync("STORY", story.Id);

        // A month and a day later, the job compacts the log (rows are kept 30 days by default).
        var clock = new ShiftedClock { Offset = TimeSpan.FromDays(31) };
        await using var later = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        Assert.True(await later.RunSyncMaintenanceAsync() >= 1);

        var en = await SyncMirror.PageAsync(client, brand.Slug, "KR", null, old);
        Assert.Equal(["SYNC_TOKEN_EXPIRED"], en.ErrorCodes);
        Assert.Contains("without a token", en.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var vi = await client.QueryAsync(SyncMirror.Query, new { b = brand.Slug, m = "KR", t = old }, "vi");
        Assert.Equal(["SYNC_TOKEN_EXPIRED"], vi.ErrorCodes);
        Assert.Contains("không kèm mã", vi.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var restarted = new SyncMirror();
        await restarted.SyncAsync(client, brand.Slug, market: "KR");
        Assert.False(restarted.Objects.ContainsKey($"STORY:{story.Id}:"));
        Assert.True(restarted.Objects.ContainsKey($"STORY:{other.Id}:"));

        // The new token is past the compaction, and serves the next change.
        await client.ArchiveAsync("STORY", other.Id);
        await restarted.SyncAsync(client, brand.Slug, market: "KR");
        Assert.Equal([$"DELETE STORY:{other.Id}:"], restarted.Changes());
    }

    [Fact]
    public async Task A_change_of_a_markets_chain_expires_the_tokens_of_that_market_only()
    {
        var brand = TestContent.Brand();
        await app.SeedAsync(brand, TestContent.Story(brand, "chain", SyncScene.Day, "vi", "fr"));
        var client = app.GraphQL();
        var fr = new SyncMirror();
        await fr.SyncAsync(client, brand.Slug, market: "FR");
        var kr = new SyncMirror();
        await kr.SyncAsync(client, brand.Slug, market: "KR");
        var locales = new SyncMirror();
        await locales.SyncAsync(client, brand.Slug, locales: ["fr"]);

        (await client.QueryAsync("mutation { updateMarket(input: { code: \"FR\", localeChain: [\"en\", \"fr\"] }) { code } }")).Ok();

        Assert.Equal(["SYNC_TOKEN_EXPIRED"], (await SyncMirror.PageAsync(client, brand.Slug, "FR", null, fr.Token)).ErrorCodes);
        await kr.SyncAsync(client, brand.Slug, market: "KR");
        await locales.SyncAsync(client, brand.Slug, locales: ["fr"]);
        Assert.Empty(kr.Changes());
        Assert.Empty(locales.Changes());
    }
}
