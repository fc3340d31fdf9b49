using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BrandContent.Storage;

/// <summary>
/// A private PostgreSQL cluster run from the machine's binaries: created on first start, reused afterwards,
/// stopped with the application. initdb refuses root, so as root the cluster runs as the <c>postgres</c> user.
/// </summary>
public sealed class EmbeddedPostgres(EmbeddedPostgresOptions options, ILogger logger) : IAsyncDisposable
{
    private const string SuperUser = "brandcontent";
    private const string ServiceUser = "postgres";

    private readonly string root = Path.GetFullPath(options.DataDirectory ?? EmbeddedPostgresOptions.DefaultDataDirectory());
    private string? binDirectory;

    // Only the owner stops the cluster: another server may be using one this process found running.
    private bool owner;

    private string DataFolder => Path.Combine(root, "pgdata");

    private string PasswordFile => Path.Combine(root, "password");

    /// <summary>The process id of the server that owns the running cluster and stops it on exit.</summary>
    private string OwnerFile => Path.Combine(root, "owner.pid");

    /// <summary>Initializes the cluster if needed, starts it and returns a connection string to <paramref name="database"/>.</summary>
    public async Task<string> StartAsync(string database, CancellationToken cancellationToken)
    {
        binDirectory = PostgresBinaries.Find(options.BinDirectory) ?? throw new DatabaseUnavailableException(
            "No PostgreSQL server binaries (initdb, pg_ctl) were found. Install PostgreSQL (Debian/Ubuntu: "
            + "'apt-get install postgresql'), point BrandContent__Postgres__BinDirectory at its bin folder, or give a "
            + "database with ConnectionStrings__BrandContent.");

        Directory.CreateDirectory(root);
        if (!File.Exists(Path.Combine(DataFolder, "PG_VERSION")))
        {
            await InitializeAsync(cancellationToken);
        }

        var port = RunningPort() ?? await LaunchAsync(cancellationToken);
        if (!IsAlive(ReadPid(OwnerFile)))
        {
            // Launched now, or left behind by a server that was killed: this process stops it.
            await File.WriteAllTextAsync(OwnerFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture), cancellationToken);
            owner = true;
        }

        var password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = password,
            Database = "postgres",
        };
        await CreateDatabaseAsync(builder.ConnectionString, database, cancellationToken);
        builder.Database = database;
        return builder.ConnectionString;
    }

    public async Task StopAsync()
    {
        if (!owner)
        {
            return;
        }

        owner = false;
        File.Delete(OwnerFile);
        await RunAsync("pg_ctl", ["stop", "-D", DataFolder, "-m", "fast", "-w"], CancellationToken.None);
        logger.LogInformation("Stopped the embedded PostgreSQL in {Folder}", DataFolder);
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Creating an embedded PostgreSQL cluster in {Folder}", DataFolder);
        await File.WriteAllTextAsync(PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        if (Environment.IsPrivilegedProcess)
        {
            await RunToolAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", root], cancellationToken);
            await RequireReachableAsync(cancellationToken);
        }

        await RunAsync("initdb", ["-D", DataFolder, "-U", SuperUser, $"--pwfile={PasswordFile}", "--auth=scram-sha-256",
            "-E", "UTF8", "--no-locale"], cancellationToken);
        // In the cluster's own configuration, so that a cluster started by hand (pg_ctl start -D …) listens where
        // the server looks for it; the other settings are written before every start (EmbeddedPostgresSettings).
        await EmbeddedPostgresPort.WriteAsync(DataFolder, FreePort(), cancellationToken);
    }

    /// <summary>As root the cluster runs as the postgres user, who must be able to enter every folder above it.</summary>
    private async Task RequireReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RunToolAsync("runuser", ["-u", ServiceUser, "--", "test", "-w", root], cancellationToken);
        }
        catch (InvalidOperationException)
        {
            throw new DatabaseUnavailableException(
                $"The '{ServiceUser}' user cannot reach {root} (a folder above it is closed to other users, like root's home). "
                + "Set BrandContent__Postgres__DataDirectory to a folder it can enter, e.g. under /var/lib or /tmp.");
        }
    }

    /// <summary>The port of a cluster already running from this folder (a second server, or one left behind).</summary>
    private int? RunningPort()
    {
        var pidFile = Path.Combine(DataFolder, "postmaster.pid");
        var lines = File.Exists(pidFile) ? File.ReadAllLines(pidFile) : [];
        return lines.Length >= 4 && IsAlive(ReadPid(pidFile)) && int.TryParse(lines[3], out var port) ? port : null;
    }

    /// <summary>Whether a cluster kept in <paramref name="dataDirectory"/> (the configured folder) is running now.</summary>
    internal static bool IsRunning(string dataDirectory) => IsAlive(ReadPid(Path.Combine(dataDirectory, "pgdata", "postmaster.pid")));

    private static int? ReadPid(string file) =>
        File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid) ? pid : null;

    private static bool IsAlive(int? pid)
    {
        if (pid is null)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid.Value);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task<int> LaunchAsync(CancellationToken cancellationToken)
    {
        var port = await ClusterPortAsync(cancellationToken);
        await EmbeddedPostgresSettings.WriteAsync(
            DataFolder, EmbeddedPostgresSettings.For(options, EmbeddedPostgresSettings.MachineMemory()), cancellationToken);
        await RunAsync("pg_ctl", ["start", "-D", DataFolder, "-w", "-t", "120", "-l", Path.Combine(root, "postgres.log")], cancellationToken);
        logger.LogInformation("Started the embedded PostgreSQL from {Folder} on 127.0.0.1:{Port}", DataFolder, port);
        return port;
    }

    /// <summary>
    /// The port kept in the cluster's configuration. A cluster made before ports were kept there gets one now; a kept
    /// port that another program has taken meanwhile is replaced. Either way the new port is written down.
    /// </summary>
    private async Task<int> ClusterPortAsync(CancellationToken cancellationToken)
    {
        var port = EmbeddedPostgresPort.Read(DataFolder);
        if (port is { } kept && !EmbeddedPostgresPort.IsTaken(kept))
        {
            return kept;
        }

        var fresh = FreePort();
        await EmbeddedPostgresPort.WriteAsync(DataFolder, fresh, cancellationToken);
        logger.LogInformation("The embedded PostgreSQL moves to port {Port} (it had {Previous})", fresh, port?.ToString(CultureInfo.InvariantCulture) ?? "none");
        return fresh;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task CreateDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        // Not pooled: the cluster keeps its port across restarts, and a pooled connection of an earlier run is dead.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private Task RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(binDirectory!, tool);
        return Environment.IsPrivilegedProcess
            ? RunToolAsync("runuser", ["-u", ServiceUser, "--", executable, .. arguments], cancellationToken)
            : RunToolAsync(executable, arguments, cancellationToken);
    }

    private static async Task RunToolAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
