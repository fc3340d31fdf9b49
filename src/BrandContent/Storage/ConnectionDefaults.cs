using System.Data.Common;
using Npgsql;

namespace BrandContent.Storage;

/// <summary>
/// Delivery sends the same few statements over and over, each on a connection EF takes from the pool and gives back.
/// Two Npgsql settings make that cheap, each unless the connection string sets it itself:
/// <list type="bullet">
/// <item><c>Max Auto Prepare</c> 64: a connection prepares the statements it sees often, so PostgreSQL stops parsing and
/// planning them on every request (0 turns it off, e.g. behind a pooler that cannot keep prepared statements).</item>
/// <item><c>No Reset On Close</c>: a connection given back is not reset (RESET ALL, CLOSE ALL, UNLISTEN, DISCARD …)
/// before its next use, which PostgreSQL did before every statement. Nothing here leaves session state on a pooled
/// connection: advisory locks are taken per transaction, and LISTEN has a connection of its own.</item>
/// </list>
/// </summary>
public static class ConnectionDefaults
{
    public const int MaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!given.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
