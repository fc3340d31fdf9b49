using System.Data.Common;
using Npgsql;

namespace BrandContent.Storage;

/// <summary>
/// Delivery sends the same few statements over and over. Npgsql's automatic preparation has each connection prepare
/// the ones it sees often, so PostgreSQL stops parsing and planning them on every request. A connection string that
/// sets <c>Max Auto Prepare</c> itself (0 turns it off, e.g. behind a pooler that cannot keep prepared statements)
/// keeps its value.
/// </summary>
public static class StatementPreparation
{
    public const int MaxAutoPrepare = 64;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = MaxAutoPrepare }.ConnectionString;
    }
}
