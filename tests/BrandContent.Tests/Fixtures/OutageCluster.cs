using BrandContent.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// A PostgreSQL cluster of one test class's own, started through <see cref="EmbeddedPostgres"/> like the server's,
/// that the tests stop and start by hand (pg_ctl) without disturbing the run's shared PostgreSQL.
/// </summary>
public sealed class OutageCluster : IAsyncLifetime
{
    private EmbeddedPostgres? postgres;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"brandcontent-outage-{Guid.NewGuid():N}");

    public string DataFolder => Path.Combine(Folder, "pgdata");

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        postgres = new EmbeddedPostgres(new EmbeddedPostgresOptions { DataDirectory = Folder, Settings = new() { ["fsync"] = "off" } }, NullLogger.Instance);
        ConnectionString = await postgres.StartAsync("outage", CancellationToken.None);
    }

    /// <summary>
    /// The connection string with a pool of its own for <paramref name="user"/> (a test): connections pooled by another
    /// test died when it restarted the cluster, and would fail this test's start-up.
    /// </summary>
    public string ConnectionStringFor(string user) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = user }.ConnectionString;

    public Task StopByHandAsync() => PgCtl.StopAsync(DataFolder);

    public Task StartByHandAsync() => PgCtl.StartAsync(DataFolder, Path.Combine(Folder, "postgres.log"));

    public async Task DisposeAsync()
    {
        try
        {
            await postgres!.StopAsync();
        }
        catch (InvalidOperationException)
        {
            // already stopped: a test failed while PostgreSQL was down
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
