namespace BrandContent.Storage;

/// <summary>Finds the machine's PostgreSQL server binaries (initdb, pg_ctl).</summary>
public static class PostgresBinaries
{
    private static readonly string[] WellKnownRoots = ["/usr/lib/postgresql", "/usr/pgsql", "/opt/homebrew/opt", "/usr/local/opt"];

    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServer(configured) ? configured : null;
        }

        // Debian/Ubuntu keep one folder per major version: take the newest.
        var versioned = WellKnownRoots
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(dir => Path.Combine(dir, "bin"))
            .Where(HasServer)
            .OrderByDescending(dir => MajorVersion(dir))
            .FirstOrDefault();
        if (versioned is not null)
        {
            return versioned;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/local/pgsql/bin")
            .FirstOrDefault(HasServer);
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

    private static int MajorVersion(string binDir)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(binDir)) ?? "";
        var digits = new string(name.Where(char.IsDigit).ToArray());
        return int.TryParse(digits, out var version) ? version : 0;
    }
}
