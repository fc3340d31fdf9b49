using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BrandContent.Localization;
using BrandContent.Storage;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// seed:    with the server's configuration keys (BrandContent__Postgres__DataDirectory, ConnectionStrings__BrandContent…),
//          adds brand "xliff-bench" with 10,000 units of Vietnamese text and stops the cluster it started.
// measure: against BENCH_URL with the administrator key BENCH_TOKEN: exports the brand for ja (scope ALL), fills every
//          target, imports a copy with one bad unit near the end (refused, nothing written), then the good file.
const string Slug = "xliff-bench";
const int Units = 10_000;

if (args is ["seed"])
{
    var builder = Host.CreateApplicationBuilder();
    builder.AddBrandContentStorage();
    var host = builder.Build();
    try
    {
        await host.Services.PrepareBrandContentDatabaseAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BrandContentDb>();
        if (!await db.Brands.AnyAsync(b => b.Slug == Slug))
        {
            var existing = await db.Locales.Select(l => l.Tag).ToListAsync();
            db.Locales.AddRange(new[] { "vi", "ja" }.Except(existing).Select(tag => new Locale { Tag = tag, Name = tag, NativeName = tag }));
            var content = LargeTranslation.Create(Slug, Units);
            db.Add(content.Brand);
            db.AddRange(content.Pillars);
            db.AddRange(content.Stories);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        Console.WriteLine($"seeded brand={Slug} units={Units}");
    }
    finally
    {
        await ((IAsyncDisposable)host).DisposeAsync();
    }

    return 0;
}

if (args is not ["measure"])
{
    Console.Error.WriteLine("usage: BrandContent.Bench.Xliff seed | measure");
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("BENCH_URL") ?? "http://127.0.0.1:5091/graphql"), Timeout = TimeSpan.FromMinutes(10) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("BENCH_TOKEN"));

var clock = Stopwatch.StartNew();
var export = (await GraphQLAsync("{ xliffExport(locale: \"ja\", brand: \"" + Slug + "\", scope: ALL) { unitCount content } }")).GetProperty("xliffExport");
var exportSeconds = clock.Elapsed.TotalSeconds;
var units = export.GetProperty("unitCount").GetInt32();
var translated = LargeTranslation.Translate(export.GetProperty("content").GetString()!);

// The last slug target made invalid: a rule the editor checks, so every translation before it is prepared first.
var slugAt = translated.LastIndexOf(">monogatari-", StringComparison.Ordinal);
var bad = string.Concat(translated.AsSpan(0, slugAt + 1), "Không Hợp Lệ", translated.AsSpan(translated.IndexOf('<', slugAt)));

const string Import = "mutation($c: String!) { importXliff(content: $c) { changed { revision } unchangedUnits } }";
clock.Restart();
var refused = await SendAsync(Import, new { c = bad });
var refusedSeconds = clock.Elapsed.TotalSeconds;
if (!refused.TryGetProperty("errors", out var errors) || errors[0].GetProperty("extensions").GetProperty("code").GetString() != "VALIDATION_FAILED")
{
    throw new InvalidOperationException($"the bad file was not refused: {refused.ToString()[..Math.Min(500, refused.ToString().Length)]}");
}

clock.Restart();
var imported = (await GraphQLAsync(Import, new { c = translated })).GetProperty("importXliff");
var importSeconds = clock.Elapsed.TotalSeconds;

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"xliff units={units} file_mb={Encoding.UTF8.GetByteCount(translated) / 1e6:F1} export_s={exportSeconds:F2} refused_import_s={refusedSeconds:F2} "
    + $"import_s={importSeconds:F2} changed_variants={imported.GetProperty("changed").GetArrayLength()}"));
return 0;

async Task<JsonElement> SendAsync(string query, object? variables = null)
{
    using var response = await http.PostAsJsonAsync("", new { query, variables });
    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}

async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
{
    var body = await SendAsync(query, variables);
    return body.TryGetProperty("errors", out _) ? throw new InvalidOperationException(body.ToString()) : body.GetProperty("data");
}
