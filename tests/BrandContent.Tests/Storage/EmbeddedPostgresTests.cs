using System.Net;
using System.Net.Sockets;
using BrandContent.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BrandContent.Tests.Storage;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task A_second_start_reuses_the_cluster_and_its_data()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"brandcontent-embedded-test-{Guid.NewGuid():N}");
        var options = new EmbeddedPostgresOptions { DataDirectory = folder, Settings = new() { ["fsync"] = "off" } };
        try
        {
            await StartTwiceAsync(options, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task StartTwiceAsync(EmbeddedPostgresOptions options, string folder)
    {
        await using (var first = new EmbeddedPostgres(options, NullLogger.Instance))
        {
            var connectionString = await first.StartAsync("reuse_check", CancellationToken.None);
            await ExecuteAsync(connectionString, "CREATE TABLE marker (value text); INSERT INTO marker VALUES ('kept')");
            await first.StopAsync();
        }

        await using var second = new EmbeddedPostgres(options, NullLogger.Instance);
        var again = await second.StartAsync("reuse_check", CancellationToken.None);
        await using var connection = new NpgsqlConnection(Unpooled(again));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT value FROM marker", connection);
        Assert.Equal("kept", await command.ExecuteScalarAsync());
        await connection.CloseAsync();
        await second.StopAsync();
        Assert.False(File.Exists(Path.Combine(folder, "pgdata", "postmaster.pid")), "the cluster should be stopped");
    }

    [Fact]
    public async Task The_port_is_kept_in_the_clusters_configuration_and_replaced_when_another_program_took_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"brandcontent-embedded-test-{Guid.NewGuid():N}");
        var options = new EmbeddedPostgresOptions { DataDirectory = folder, Settings = new() { ["fsync"] = "off" } };
        var data = Path.Combine(folder, "pgdata");
        try
        {
            var first = await StartAndStopAsync(options);
            Assert.Equal(first, EmbeddedPostgresPort.Read(data));

            int second;
            using (var squatter = new TcpListener(IPAddress.Loopback, first))
            {
                squatter.Start();
                second = await StartAndStopAsync(options);
            }

            Assert.NotEqual(first, second);
            Assert.Equal(second, EmbeddedPostgresPort.Read(data));

            // A cluster made before the port was kept in its configuration gets one.
            var config = Path.Combine(data, "postgresql.conf");
            await File.WriteAllLinesAsync(config, (await File.ReadAllLinesAsync(config)).Where(l => !l.StartsWith("port = ", StringComparison.Ordinal)));
            Assert.Null(EmbeddedPostgresPort.Read(data));
            var third = await StartAndStopAsync(options);
            Assert.Equal(third, EmbeddedPostgresPort.Read(data));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> StartAndStopAsync(EmbeddedPostgresOptions options)
    {
        await using var postgres = new EmbeddedPostgres(options, NullLogger.Instance);
        var port = new NpgsqlConnectionStringBuilder(await postgres.StartAsync("port_check", CancellationToken.None)).Port;
        await postgres.StopAsync();
        return port;
    }

    [Fact]
    public async Task Missing_binaries_give_one_clear_message()
    {
        var empty = Directory.CreateTempSubdirectory("brandcontent-embedded-test-no-pg").FullName;
        try
        {
            await using var postgres = new EmbeddedPostgres(
                new EmbeddedPostgresOptions { DataDirectory = Path.Combine(empty, "data"), BinDirectory = empty }, NullLogger.Instance);

            var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => postgres.StartAsync("x", CancellationToken.None));
            Assert.Contains("apt-get install postgresql", error.Message);
            Assert.Contains("ConnectionStrings__BrandContent", error.Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    /// <summary>The cluster keeps its port across restarts: a pooled connection from before a restart would be dead.</summary>
    private static string Unpooled(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
