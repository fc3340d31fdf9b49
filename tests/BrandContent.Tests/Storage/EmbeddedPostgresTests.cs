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
    public async Task Changed_settings_take_effect_at_the_next_start_of_an_existing_cluster()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"brandcontent-embedded-test-{Guid.NewGuid():N}");
        try
        {
            var first = await SettingAfterStartAsync(folder, "work_mem", "8MB");
            var second = await SettingAfterStartAsync(folder, "work_mem", "24MB");

            Assert.Equal("8MB", first);
            Assert.Equal("24MB", second);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Shared_buffers_are_a_quarter_of_the_machines_memory_unless_configured()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"brandcontent-embedded-test-{Guid.NewGuid():N}");
        var expected = EmbeddedPostgresSettings.For(new EmbeddedPostgresOptions(), EmbeddedPostgresSettings.MachineMemory())["shared_buffers"];
        try
        {
            var sized = await SettingAfterStartAsync(folder, "shared_buffers", null);
            var configured = await SettingAfterStartAsync(folder, "shared_buffers", "64MB");

            Assert.Equal(expected, ToMegabytes(sized));
            Assert.Equal("64MB", configured);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(512L, "128MB", "384MB")]        // a small machine keeps PostgreSQL's own 128 MB
    [InlineData(16384L, "4096MB", "12288MB")]    // a quarter, and three quarters as the planner's cache estimate
    [InlineData(131072L, "8192MB", "98304MB")]   // shared buffers stop at 8 GB
    public void Memory_settings_follow_the_machines_memory(long megabytes, string sharedBuffers, string cacheSize)
    {
        var settings = EmbeddedPostgresSettings.For(new EmbeddedPostgresOptions(), megabytes * 1024 * 1024);

        Assert.Equal(sharedBuffers, settings["shared_buffers"]);
        Assert.Equal(cacheSize, settings["effective_cache_size"]);
    }

    /// <summary>Starts the cluster in <paramref name="folder"/> (made on the first call) with a setting, reads it back, stops.</summary>
    private static async Task<string> SettingAfterStartAsync(string folder, string name, string? value)
    {
        var settings = new Dictionary<string, string> { ["fsync"] = "off" };
        if (value is not null)
        {
            settings[name] = value;
        }

        await using var postgres = new EmbeddedPostgres(new EmbeddedPostgresOptions { DataDirectory = folder, Settings = settings }, NullLogger.Instance);
        var connectionString = await postgres.StartAsync("settings_check", CancellationToken.None);
        string shown;
        await using (var connection = new NpgsqlConnection(Unpooled(connectionString)))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT current_setting('{name}')", connection);
            shown = (string)(await command.ExecuteScalarAsync())!;
        }

        await postgres.StopAsync();
        return shown;
    }

    /// <summary>PostgreSQL shows memory in the largest unit that divides it (4GB, 1536MB); the settings file writes megabytes.</summary>
    private static string ToMegabytes(string shown) =>
        shown.EndsWith("GB", StringComparison.Ordinal) ? $"{int.Parse(shown[..^2], System.Globalization.CultureInfo.InvariantCulture) * 1024}MB" : shown;

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
