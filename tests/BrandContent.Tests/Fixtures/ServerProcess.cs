using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// The real server: the built BrandContent.Api.dll in its own process (<c>dotnet BrandContent.Api.dll</c>), on an
/// empty database and a free port, with JSON console logs; everything it writes is kept. Killed at the end.
/// </summary>
public sealed class ServerProcess : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentQueue<string> errors = new();
    private Process? process;

    public string Url { get; private set; } = "";

    public HttpClient Http { get; } = new();

    /// <summary>Every line written to standard output so far.</summary>
    public IReadOnlyList<string> Output => [.. output];

    public IReadOnlyList<string> Errors => [.. errors];

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateEmptyDatabaseAsync();
        Url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [ApiAssembly(), "--urls", Url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ApiProjectFolder(),
        };
        start.Environment["ConnectionStrings__BrandContent"] = connectionString;
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["BrandContent__DemoContent"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // A line per request, so a test can tell when the log has caught up (and that requests log no secrets).
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        start.Environment.Remove("BrandContent__Auth__AdminKey");
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(errors, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilLiveAsync();
    }

    /// <summary>Runs the same assembly as a command (e.g. <c>--probe URL</c>); returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [ApiAssembly(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ApiProjectFolder(),
        };

        // Nothing that could give it a database: the probe must not need one.
        start.Environment.Remove("ConnectionStrings__BrandContent");
        start.Environment["BrandContent__Postgres__BinDirectory"] = Path.GetTempPath();
        using var command = Process.Start(start)!;
        var text = command.StandardOutput.ReadToEndAsync();
        var error = command.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await command.WaitForExitAsync(timeout.Token);
        return (command.ExitCode, await text + await error);
    }

    /// <summary>Polls until a line matching <paramref name="condition"/> has been written (the console log is asynchronous).</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (Output.FirstOrDefault(condition) is { } line)
            {
                return line;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No such line in the server's output:\n{string.Join('\n', Output)}");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            Assert.False(process!.HasExited, $"The server exited with {(process.HasExited ? process.ExitCode : 0)}:\n{string.Join('\n', Output.Concat(Errors))}");
            try
            {
                using var response = await Http.GetAsync($"{Url}/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            Assert.True(DateTime.UtcNow < deadline, $"The server did not answer within {StartTimeout}:\n{string.Join('\n', Output.Concat(Errors))}");
            await Task.Delay(100);
        }
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>src/BrandContent.Api, found upwards from the test binaries.</summary>
    private static string ApiProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "src", "BrandContent.Api");
            if (File.Exists(Path.Combine(folder, "BrandContent.Api.csproj")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("src/BrandContent.Api was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The API as built with the tests: bin/{configuration}/{framework} like the test binaries themselves.</summary>
    private static string ApiAssembly()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var assembly = Path.Combine(ApiProjectFolder(), "bin", framework.Parent!.Name, framework.Name, "BrandContent.Api.dll");
        return File.Exists(assembly) ? assembly : throw new InvalidOperationException($"{assembly} was not built");
    }
}
