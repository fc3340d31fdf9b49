using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrandContent.Api.Health;

/// <summary>PostgreSQL answers a statement (opening a pooled connection alone proves nothing: it may be broken).</summary>
public sealed class PostgresReachable(BrandContentDb db, ILogger<PostgresReachable> logger) : IHealthCheck
{
    public const string Name = "postgresql";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers");
        }
        catch (Exception e) when (DatabaseFailure.IsUnavailable(e))
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The PostgreSQL readiness check failed");
            return HealthCheckResult.Unhealthy($"PostgreSQL check failed: {e.GetType().Name}");
        }
    }
}
