using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace BrandContent.Tests.Fixtures;

/// <summary>
/// XLIFF written by a library that is not ours: the npm package <c>xliff</c> (js2xliff), run with Node from
/// tests/BrandContent.Tests/Xliff. Missing Node or a missing package fails the test; it is never skipped.
/// </summary>
public static class NodeXliff
{
    /// <summary>What installs the package: the test project's build does it (target InstallXliffNpmPackages).</summary>
    public const string Setup = "dotnet build tests/BrandContent.Tests (it runs npm ci in tests/BrandContent.Tests/Xliff)";

    /// <summary>js2xliff's output for its JSON description (sourceLanguage, targetLanguage, resources).</summary>
    public static async Task<string> WriteAsync(object description)
    {
        var folder = Folder();
        var node = FindOnPath("node") ?? throw new InvalidOperationException($"node was not found on PATH: install Node.js, then run {Setup}");
        if (!File.Exists(Path.Combine(folder, "node_modules", "xliff", "package.json")))
        {
            throw new InvalidOperationException($"The npm package xliff is not installed: run {Setup}");
        }

        var start = new ProcessStartInfo(node, ["make-xliff.mjs"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(description));
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"node make-xliff.mjs exited with {process.ExitCode}: {await error} (did you run {Setup}?)");
        return await output;
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "tests", "BrandContent.Tests", "Xliff");
            if (File.Exists(Path.Combine(folder, "make-xliff.mjs")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("tests/BrandContent.Tests/Xliff was not found above " + AppContext.BaseDirectory);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => OperatingSystem.IsWindows() ? [Path.Combine(dir, program + ".exe")] : new[] { Path.Combine(dir, program) })
            .FirstOrDefault(File.Exists);
}
