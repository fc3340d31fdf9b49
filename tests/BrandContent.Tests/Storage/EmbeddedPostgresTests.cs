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
        await using var connection = new NpgsqlConnection(again);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT value FROM marker", connection);
        Assert.Equal("kept", await command.ExecuteScalarAsync());
        await connection.CloseAsync();
        await second.StopAsync();
        Assert.False(File.Exists(Path.Combine(folder, "pgdata", "postmaster.pid")), "the cluster should be stopped");
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

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
