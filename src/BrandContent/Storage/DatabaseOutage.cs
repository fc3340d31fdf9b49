using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BrandContent.Storage;

/// <summary>
/// Follows every EF Core connection and command: the first one that fails because PostgreSQL is unreachable starts an
/// outage, logged once as a warning; the first statement PostgreSQL answers again ends it, logged once as information.
/// So an outage is one warning line, not a stack trace per request. Register it as a singleton <see cref="IInterceptor"/>.
/// </summary>
public sealed class DatabaseOutage(ILogger<DatabaseOutage> logger, TimeProvider clock) : IDbConnectionInterceptor, IDbCommandInterceptor
{
    /// <summary>What clients are told to wait before trying again while PostgreSQL is unreachable.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    // UTC ticks when the outage started; 0 while PostgreSQL answers.
    private long since;

    public void Failed(Exception exception)
    {
        if (!DatabaseFailure.IsUnavailable(exception))
        {
            return;
        }

        if (Interlocked.CompareExchange(ref since, clock.GetUtcNow().UtcTicks, 0) == 0)
        {
            logger.LogWarning(
                "PostgreSQL unreachable ({Reason}): answering 503 DATABASE_UNAVAILABLE until it is back",
                exception.GetBaseException().Message);
        }
    }

    public void Answered()
    {
        // The common case, every statement: one read, no write.
        if (Interlocked.Read(ref since) == 0)
        {
            return;
        }

        var started = Interlocked.Exchange(ref since, 0);
        if (started != 0)
        {
            var lasted = clock.GetUtcNow() - new DateTimeOffset(started, TimeSpan.Zero);
            logger.LogInformation("PostgreSQL reachable again after {Seconds:0.0} s of outage", lasted.TotalSeconds);
        }
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Failed(eventData.Exception, connection);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception, connection);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Failed(eventData.Exception, command.Connection);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception, command.Connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// After a restart of PostgreSQL every idle pooled connection is dead, and the pool does not know: each would fail
    /// one request in turn. One failure says so for all of them.
    /// </summary>
    private void Failed(Exception exception, DbConnection? connection)
    {
        Failed(exception);
        if (connection is NpgsqlConnection npgsql && DatabaseFailure.IsUnavailable(exception))
        {
            NpgsqlConnection.ClearPool(npgsql);
        }
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Answered();
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Answered();
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Answered();
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Answered();
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Answered();
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Answered();
        return ValueTask.FromResult(result);
    }
}
