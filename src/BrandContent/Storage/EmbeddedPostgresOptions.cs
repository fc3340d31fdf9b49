namespace BrandContent.Storage;

/// <summary>Where the private PostgreSQL cluster lives and which binaries run it (section <c>BrandContent:Postgres</c>).</summary>
public sealed record EmbeddedPostgresOptions
{
    public const string Section = "BrandContent:Postgres";

    /// <summary>Folder that holds the cluster (<c>pgdata/</c>), its password and its log. Defaults per user, see README.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Folder with initdb and pg_ctl; found automatically when empty.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Extra <c>postgresql.conf</c> settings, e.g. <c>fsync=off</c> for throw-away test clusters.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    public static string DefaultDataDirectory() =>
        Environment.IsPrivilegedProcess
            ? "/var/lib/brandcontent/postgres"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "brandcontent", "postgres");
}
