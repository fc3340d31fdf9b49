using BrandContent.Bench.Seed;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Same configuration keys as the server (BrandContent__Postgres__DataDirectory, ConnectionStrings__BrandContent…):
// starts or finds the same database, migrates it, adds the benchmark brand, and stops the cluster it started.
var builder = Host.CreateApplicationBuilder(args);
builder.AddBrandContentStorage();
var host = builder.Build();
try
{
    await host.Services.PrepareBrandContentDatabaseAsync();
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<BrandContentDb>();
    var added = await BenchContent.SeedAsync(db, CancellationToken.None);

    // A database that has been serving for a while has planner statistics; one loaded seconds ago has none until
    // autovacuum gets to it, and Q1's plans are then several times slower. Measure the steady state.
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    Console.WriteLine(added
        ? $"Seeded brand '{BenchContent.BrandSlug}': {BenchContent.PillarCount} pillars, {BenchContent.StoryCount} stories x {BenchContent.Locales.Length} locales"
        : $"Brand '{BenchContent.BrandSlug}' already there, nothing seeded");
}
finally
{
    // The embedded cluster is stopped by an async-only disposable, so the host must be disposed asynchronously.
    await ((IAsyncDisposable)host).DisposeAsync();
}
