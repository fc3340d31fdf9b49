using BrandContent.Bench.Seed;
using BrandContent.Storage;
using BrandContent.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Same configuration keys as the server (BrandContent__Postgres__DataDirectory, ConnectionStrings__BrandContent…):
// starts or finds the same database, migrates it, adds the benchmark brand, and stops the cluster it started.
// `--stories N` sets the size (default 300); each story is in 6 locales with a pillar and a hero asset.
var builder = Host.CreateApplicationBuilder(args);
builder.AddBrandContentStorage();
var storyCount = builder.Configuration.GetValue("stories", BenchContent.DefaultStoryCount);
if (storyCount < 1)
{
    Console.Error.WriteLine($"--stories must be at least 1, not {storyCount}");
    return 2;
}

// `--texts search`: stories in each locale's own script, with common and rare words (bench/search.sh).
var searchTexts = builder.Configuration.GetValue<string>("texts") == "search";
// `--explain TEXT --locale L --runs N`: no seeding; the plan and time of the real search statement (SearchExplain).
var explain = builder.Configuration.GetValue<string>("explain");
var explainLocale = builder.Configuration.GetValue<string>("locale") ?? "vi";
var explainRuns = builder.Configuration.GetValue("runs", 0);
// The server's search settings, so that `--BrandContent:Search:CandidatesPerKind 50` tries another value on the same data.
var searchOptions = builder.Configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
var host = builder.Build();
try
{
    await host.Services.PrepareBrandContentDatabaseAsync();
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<BrandContentDb>();
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
    if (explain is not null)
    {
        await SearchExplain.RunAsync(db, explain, explainLocale, explainRuns, searchOptions, CancellationToken.None);
        return 0;
    }

    var started = TimeProvider.System.GetTimestamp();
    // GIN indexes build far faster at once than row by row during the copy.
    var searchIndexes = await SearchIndexes.DropAsync(db, CancellationToken.None);
    var added = await BenchContent.SeedAsync(db, storyCount, CancellationToken.None, searchTexts);
    await SearchIndexes.CreateAsync(db, searchIndexes, CancellationToken.None);

    // A database that has been serving for a while has planner statistics and has been vacuumed; one loaded seconds
    // ago has neither until autovacuum gets to it: Q1's plans are then several times slower, and the first reads of
    // each page write its hint bits. Measure the steady state.
    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
    Console.WriteLine(added
        ? $"Seeded brand '{BenchContent.BrandSlug}': {BenchContent.PillarCount} pillars, {storyCount} stories x {BenchContent.Locales.Length} locales, "
            + $"each with a hero asset, in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s"
        : $"Brand '{BenchContent.BrandSlug}' already there, nothing seeded");
    if (await DeepPage.FindAsync(db, CancellationToken.None) is { } deep)
    {
        Console.WriteLine($"Q3 depth={deep.Depth} after={deep.After} first={deep.FirstSlug}");
    }

    return 0;
}
finally
{
    // The embedded cluster is stopped by an async-only disposable, so the host must be disposed asynchronously.
    await ((IAsyncDisposable)host).DisposeAsync();
}
