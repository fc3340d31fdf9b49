using System.Net.Sockets;
using Npgsql;

namespace BrandContent.Storage;

/// <summary>
/// Whether a failure means PostgreSQL cannot be reached right now (an outage: answer 503 and try again later), as
/// opposed to a failure of the statement itself (a constraint, a conflict, a bug).
/// </summary>
public static class DatabaseFailure
{
    /// <summary>
    /// SQLSTATEs that say the server is not there for us: class 08 (connection exception), admin and crash shutdown,
    /// "cannot connect now" (starting or stopping), too many connections.
    /// </summary>
    private static readonly string[] OutageStates = [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow, PostgresErrorCodes.TooManyConnections];

    /// <summary>Looks through wrappers (EF's DbUpdateException and InvalidOperationException) for the cause.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DatabaseUnavailableException:
                case SocketException:
                    return true;

                // Checked before NpgsqlException: a serialization failure is transient too, but no outage.
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || OutageStates.Contains(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }

        return false;
    }
}
