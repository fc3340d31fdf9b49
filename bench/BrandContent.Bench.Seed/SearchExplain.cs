using System.Diagnostics;
using BrandContent.Localization;
using BrandContent.Search;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BrandContent.Bench.Seed;

/// <summary>
/// The real search statement of the benchmark brand (SearchStatement.For, as the server builds it for
/// <c>search(text, brand: "bench", locale)</c> with every kind an administrator reads), with the server's settings for
/// its transaction (SearchStatement.PrepareAsync): <c>EXPLAIN (ANALYZE, BUFFERS)</c> of it, then its time over a number of runs (bench/search.sh).
/// </summary>
public static class SearchExplain
{
    public static async Task RunAsync(BrandContentDb db, string text, string locale, int runs, SearchOptions options, CancellationToken cancellationToken)
    {
        var brand = await db.Brands.SingleAsync(b => b.Slug == BenchContent.BrandSlug, cancellationToken);
        var request = new SearchRequest(
            SearchText.Parse(text),
            brand.Id,
            new LocaleRequest([locale], Fallback: true).ChainFor(brand.SourceLocale),
            SearchableKinds.All.Select(k => k.Kind).ToList(),
            null,
            [],
            SearchDelivery.DefaultPageSize,
            null,
            DateTimeOffset.UtcNow);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);

        // The second plan is the one shown: the first on a new connection also pays for loading the catalog caches.
        for (var pass = 0; pass < 2; pass++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (sql, parameters) = await SearchStatement.PrepareAsync(connection, request, options, cancellationToken);
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            explain.Parameters.AddRange(parameters);
            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (pass == 1)
                {
                    Console.WriteLine(reader.GetString(0));
                }
            }
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var (sql, parameters) = await SearchStatement.PrepareAsync(connection, request, options, cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                }
            }

            await transaction.CommitAsync(cancellationToken);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        if (runs > 0)
        {
            times.Sort();
            Console.WriteLine($"statement '{text}' ({locale}) runs={runs} p50={times[runs / 2]:0.0}ms p99={times[Math.Min(runs - 1, runs * 99 / 100)]:0.0}ms max={times[^1]:0.0}ms");
        }
    }
}
