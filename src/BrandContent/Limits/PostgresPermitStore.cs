using BrandContent.Storage;
using Npgsql;

namespace BrandContent.Limits;

/// <summary>
/// The buckets in PostgreSQL: one statement per lease, an upsert that locks only the caller's row, on the server's own
/// clock (the processes' clocks may differ). Raw Npgsql, no EF pipeline, on a small pool of its own: the limiter can
/// neither take the queries' connections nor meet (and so hide) their broken ones after a restart.
/// </summary>
public sealed class PostgresPermitStore(BrandContentDatabase database) : IPermitStore, IAsyncDisposable
{
    private const int MaxConnections = 10;

    // Made on first use: the embedded database's connection string is known only once it has started.
    private readonly Lazy<NpgsqlDataSource> dataSource = new(() => NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = MaxConnections, ApplicationName = "brandcontent rate limits" }));

    // The new row starts full less what is taken; an existing one is refilled for the seconds since it was written,
    // given back what was not spent, capped at the limit, then taken from.
    private const string Take = """
        INSERT INTO "RateLimitBuckets" AS b ("Bucket", "Tokens", "LastGranted", "RefilledAt", "FullAt")
        VALUES (@bucket, @limit - least(@wanted, @limit), least(@wanted, @limit), clock_timestamp(),
                clock_timestamp() + make_interval(secs => least(@wanted, @limit) / @perSecond))
        ON CONFLICT ("Bucket") DO UPDATE SET ("Tokens", "LastGranted", "RefilledAt", "FullAt") = (
            SELECT a.available - t.granted, t.granted, a.at, a.at + make_interval(secs => (@limit - a.available + t.granted) / @perSecond)
            FROM (SELECT least(@limit::float8, b."Tokens" + @returned
                              + greatest(0, extract(epoch FROM clock_timestamp() - b."RefilledAt")::float8) * @perSecond) AS available,
                         clock_timestamp() AS at) a
            CROSS JOIN LATERAL (SELECT least(@wanted, floor(a.available)::int) AS granted) t)
        RETURNING "LastGranted", "Tokens"
        """;

    public async Task<PermitGrant> TakeAsync(PermitBucket bucket, int wanted, int returned, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Value.CreateCommand(Take);
        command.Parameters.AddWithValue("bucket", bucket.Key);
        command.Parameters.AddWithValue("limit", bucket.Limit);
        command.Parameters.AddWithValue("perSecond", bucket.PerSecond);
        command.Parameters.AddWithValue("wanted", wanted);
        command.Parameters.AddWithValue("returned", (double)returned);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PermitGrant(reader.GetInt32(0), reader.GetDouble(1));
    }

    /// <summary>Deletes the buckets that are full again: they hold nothing a new row would not.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.Value.CreateCommand("""DELETE FROM "RateLimitBuckets" WHERE "FullAt" < clock_timestamp()""");
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (dataSource.IsValueCreated)
        {
            await dataSource.Value.DisposeAsync();
        }
    }
}
