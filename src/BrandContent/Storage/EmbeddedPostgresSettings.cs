using System.Globalization;

namespace BrandContent.Storage;

/// <summary>
/// The settings the embedded cluster runs with, written to a file of its own (<see cref="FileName"/>) before every
/// start and included at the end of postgresql.conf, so a changed <c>BrandContent:Postgres:Settings</c> or a machine
/// with more memory takes effect at the next start, not only when the cluster is created.
/// </summary>
internal static class EmbeddedPostgresSettings
{
    public const string FileName = "brandcontent.conf";

    private const string Include = $"include_if_exists = '{FileName}'";

    private const long Megabyte = 1024 * 1024;

    /// <summary>PostgreSQL's own default, kept on a machine too small to give it more.</summary>
    private const long MinSharedBuffers = 128 * Megabyte;

    /// <summary>Past this, more shared buffers help little and the operating system's cache does the rest.</summary>
    private const long MaxSharedBuffers = 8L * 1024 * Megabyte;

    /// <summary>
    /// What the cluster runs with: memory sized to the machine, the server's fixed ones, then the configured ones,
    /// which win. PostgreSQL's defaults (128 MB of shared buffers) are made for a machine it shares with anything;
    /// with them a common search word read each candidate row from the operating system's cache (about 0.1 ms a
    /// page here: bench/README.md, "# Search"). A quarter of the memory for shared buffers and three quarters as the
    /// planner's cache estimate are the sizes PostgreSQL's documentation gives for a server of its own.
    /// </summary>
    public static IReadOnlyDictionary<string, string> For(EmbeddedPostgresOptions options, long memoryBytes)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["shared_buffers"] = Megabytes(Math.Clamp(memoryBytes / 4, MinSharedBuffers, MaxSharedBuffers)),
            ["effective_cache_size"] = Megabytes(Math.Max(memoryBytes / 4 * 3, MinSharedBuffers)),
            ["listen_addresses"] = "'127.0.0.1'",
            ["unix_socket_directories"] = "''",
            ["max_connections"] = "200",
        };
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The memory the machine (or its container) gives this process.</summary>
    public static long MachineMemory() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Writes the settings' file and makes sure postgresql.conf includes it last.</summary>
    public static async Task WriteAsync(string dataFolder, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        await File.WriteAllLinesAsync(
            Path.Combine(dataFolder, FileName),
            ["# Written by BrandContent before every start (BrandContent:Postgres:Settings); edits here are lost.",
                .. settings.Select(s => $"{s.Key} = {s.Value}")],
            cancellationToken);
        var config = Path.Combine(dataFolder, "postgresql.conf");
        var lines = await File.ReadAllLinesAsync(config, cancellationToken);
        if (!lines.Contains(Include, StringComparer.Ordinal))
        {
            await File.AppendAllLinesAsync(config, [Include], cancellationToken);
        }
    }

    private static string Megabytes(long bytes) => (bytes / Megabyte).ToString(CultureInfo.InvariantCulture) + "MB";
}
