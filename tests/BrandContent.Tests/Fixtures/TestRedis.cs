using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// One Redis for the whole test run: the one ConnectionStrings__Redis names, or a throw-away <c>redis-server</c> (the
/// Debian package) on a free loopback port, in a temp folder, persisting nothing, stopped when the test process exits.
/// Tests sharing it keep apart by <c>BrandContent:Redis:InstanceName</c> (<see cref="InstanceName"/>).
/// </summary>
public static class TestRedis
{
    public const string Binary = "/usr/bin/redis-server";
    private static readonly Lazy<Task<string>> Shared = new(async () => (await StartAsync()).ConnectionString);

    /// <summary>
    /// redis-server under a shell that stops it and deletes its folder once the test process is gone: the test host is
    /// not always given time to run its exit handlers, and a server left behind would outlive every run.
    /// </summary>
    private const string Watchdog = """
        "$@" & server=$!
        while kill -0 "$TEST_PROCESS" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
        kill "$server" 2>/dev/null
        wait "$server"
        rm -rf "$REDIS_FOLDER"
        """;

    /// <summary>The run's Redis, started on first use.</summary>
    public static Task<string> ConnectionStringAsync() => Shared.Value;

    /// <summary>A key prefix of the test's own.</summary>
    public static string InstanceName() => $"test-{Guid.NewGuid():N}:";

    /// <summary>A redis-server of the caller's own (to stop in the middle of a test); the caller disposes it.</summary>
    public static Task<Server> StartOwnAsync() => StartAsync(own: true);

    private static async Task<Server> StartAsync() =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } configured
            ? new Server(configured, null, null)
            : await StartAsync(own: false);

    private static async Task<Server> StartAsync(bool own)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException(
                $"{Binary} was not found: the tests of the shared rate limits start their own Redis. Install it with `apt-get install redis-server` (.ci/run does); the system service need not run.");
        }

        var folder = Directory.CreateTempSubdirectory("brandcontent-redis-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(
            "/bin/sh",
            ["-c", Watchdog, "sh", Binary, "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder, "--daemonize", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
            Environment = { ["TEST_PROCESS"] = Environment.ProcessId.ToString(), ["REDIS_FOLDER"] = folder },
        };
        var process = Process.Start(start)!;
        var log = new StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new Server($"127.0.0.1:{port}", process, folder);
        if (!own)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await server.PingsAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                server.Dispose();
                lock (log)
                {
                    throw new InvalidOperationException($"redis-server did not answer on port {port}:\n{log}");
                }
            }

            await Task.Delay(50);
        }

        return server;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A running Redis; disposing stops the process this fixture started (never a configured one).</summary>
    public sealed class Server(string connectionString, Process? process, string? folder) : IDisposable
    {
        public string ConnectionString { get; } = connectionString;

        /// <summary>Whether it answers PING (RESP over a plain socket: the fixture needs no client library).</summary>
        public async Task<bool> PingsAsync()
        {
            var endpoint = IPEndPoint.Parse(ConnectionString);
            try
            {
                using var client = new TcpClient();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await client.ConnectAsync(endpoint, timeout.Token);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray(), timeout.Token);
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer, timeout.Token);
                return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
            {
                return false;
            }
        }

        private bool disposed;

        /// <summary>Stops it; a test may stop it midway and dispose it again at the end.</summary>
        public void Dispose()
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }

            process?.Dispose();
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
