using System.Diagnostics;
using BrandContent.Storage;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// pg_ctl run by hand on a cluster, the way an operator would (as the postgres user when the tests run as root, since
/// that user owns clusters made by root): to take PostgreSQL away from a running server and bring it back.
/// </summary>
public static class PgCtl
{
    public static Task StopAsync(string dataFolder) => RunAsync("stop", "-D", dataFolder, "-m", "fast", "-w");

    /// <summary>No port on the command line: the cluster's own configuration decides.</summary>
    public static Task StartAsync(string dataFolder, string logFile) => RunAsync("start", "-D", dataFolder, "-w", "-t", "60", "-l", logFile);

    private static async Task RunAsync(params string[] arguments)
    {
        var pgCtl = Path.Combine(PostgresBinaries.Find(null) ?? throw new InvalidOperationException("pg_ctl was not found"), "pg_ctl");
        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", pgCtl, .. arguments])
            : new ProcessStartInfo(pgCtl, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"pg_ctl {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
    }
}
