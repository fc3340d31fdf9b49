using BrandContent.Demo;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// One PostgreSQL for the whole test run: the one ConnectionStrings__BrandContent names, or a throw-away embedded
/// cluster started the same way the server starts its own. A template database is migrated and loaded with the demo
/// content once; every test class gets a fresh clone of it.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<Server>> Shared = new(StartAsync);
    private static readonly SemaphoreSlim CloneGate = new(1, 1);
    private const string FolderPrefix = "brandcontent-tests-";

    /// <summary>A new database cloned from the migrated, demo-loaded template.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Shared.Value;
        var name = $"bc_test_{Guid.NewGuid():N}";
        await CloneGate.WaitAsync();
        try
        {
            await server.ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{server.Template}\"");
        }
        finally
        {
            CloneGate.Release();
        }

        return server.ConnectionString(name);
    }

    /// <summary>A new database with nothing in it, not even the schema.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var server = await Shared.Value;
        var name = $"bc_empty_{Guid.NewGuid():N}";
        await server.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return server.ConnectionString(name);
    }

    public static BrandContentDb OpenDb(string connectionString) =>
        new(new DbContextOptionsBuilder<BrandContentDb>().UseNpgsql(connectionString).Options);

    private static async Task<Server> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ConnectionStrings__BrandContent");
        EmbeddedPostgres? embedded = null;
        string admin;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            admin = configured;
        }
        else
        {
            await StopOrphanedClustersAsync();
            RemoveStaleClusters();
            var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
            embedded = new EmbeddedPostgres(
                new EmbeddedPostgresOptions
                {
                    DataDirectory = folder,
                    // Every test host keeps a pool per database it opened, and the classes run in parallel: 200
                    // connections (the server's figure) ran out now and then (53300) once the suite passed 1,900 tests.
                    Settings = new()
                    {
                        ["fsync"] = "off",
                        ["synchronous_commit"] = "off",
                        ["full_page_writes"] = "off",
                        ["max_connections"] = "600",

                        // The suite's databases are small; a quarter of the machine's memory is for a real server.
                        ["shared_buffers"] = "256MB",
                    },
                },
                NullLogger.Instance);
            admin = await embedded.StartAsync("postgres", CancellationToken.None);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                embedded.StopAsync().GetAwaiter().GetResult();
                TryDelete(folder);
            };
        }

        var server = new Server(admin, $"bc_template_{Guid.NewGuid():N}");
        await server.ExecuteAsync($"CREATE DATABASE \"{server.Template}\"");
        await using (var db = OpenDb(server.ConnectionString(server.Template)))
        {
            await db.Database.MigrateAsync();
            await DemoContent.LoadAsync(db, CancellationToken.None);
        }

        // A template must have no open connections while it is copied.
        NpgsqlConnection.ClearAllPools();
        return server;
    }

    /// <summary>
    /// Clusters of earlier runs whose test host is gone: the host is not always given time to stop its cluster at
    /// exit (the test platform ends it), and a cluster left running holds memory and a port until the machine restarts.
    /// A folder is named for its host's process id; a reused id leaves the cluster alone (never stops a live run's).
    /// </summary>
    private static async Task StopOrphanedClustersAsync()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && pid != Environment.ProcessId && !ProcessExists(pid) && EmbeddedPostgres.IsRunning(folder))
            {
                try
                {
                    await PgCtl.StopAsync(Path.Combine(folder, "pgdata"));
                    TryDelete(folder);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // another run stopped it first, or pg_ctl failed: a leftover cluster is harmless to this run
                }
            }
        }
    }

    private static bool ProcessExists(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Folders of earlier runs (over an hour old) whose cluster is no longer running: a test host is not always
    /// given time to clean up after itself.
    /// </summary>
    private static void RemoveStaleClusters()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var old = Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1);
            if (old && !EmbeddedPostgres.IsRunning(folder))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
        catch (UnauthorizedAccessException)
        {
            // owned by the postgres user when the tests run as root
        }
    }

    private sealed record Server(string AdminConnectionString, string Template)
    {
        public string ConnectionString(string database) =>
            new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

        public async Task ExecuteAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
