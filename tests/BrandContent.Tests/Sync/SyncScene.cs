using BrandContent.Brands;
using BrandContent.Sync;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Sync;

/// <summary>Seeding and the jobs a sync test runs itself (the scheduler is off in tests).</summary>
public static class SyncScene
{
    public static readonly DateOnly Day = new(2026, 3, 1);

    public static async Task<Brand> SeedAsync(this BrandContentApp app, Brand brand, params object[] entities)
    {
        await using var db = app.OpenDb();
        db.Add(brand);
        db.AddRange(entities);
        await db.SaveChangesAsync();
        return brand;
    }

    /// <summary>Logs the time-driven changes that are due and compacts, as the periodic job does on one of the servers.</summary>
    public static async Task<int> RunSyncMaintenanceAsync(this WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SyncMaintenance>().RunAsync(CancellationToken.None);
    }

    public static async Task<int> RunSchedulerAsync(this WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BrandContent.Publishing.PublishScheduler>().RunDueAsync(CancellationToken.None);
    }

    /// <summary>Moves an entity's pending scheduled changes into the past: the clock does not have to run for the test.</summary>
    public static async Task MakeScheduleDueAsync(this BrandContentApp app, Guid id)
    {
        await using var db = app.OpenDb();
        await db.ScheduledChanges.Where(c => c.EntityId == id && c.DoneAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
    }

    public static async Task ArchiveAsync(this GraphQLClient client, string kind, Guid id) =>
        (await client.QueryAsync("mutation($k: ContentKind!, $id: ID!) { archive(kind: $k, id: $id) { __typename } }", new { k = kind, id })).Ok();

    /// <summary>A mirror built from nothing, now: what every initial + delta sequence must equal.</summary>
    public static async Task<SyncMirror> FreshAsync(GraphQLClient client, string brand, string? market = null, string[]? locales = null)
    {
        var fresh = new SyncMirror();
        await fresh.SyncAsync(client, brand, market, locales);
        return fresh;
    }
}
