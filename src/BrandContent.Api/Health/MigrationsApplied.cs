using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrandContent.Api.Health;

/// <summary>Every migration this build knows is applied: the schema is the one the code expects.</summary>
public sealed class MigrationsApplied(BrandContentDb db, ILogger<MigrationsApplied> logger) : IHealthCheck
{
    public const string Name = "migrations";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Every migration is applied")
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied yet, the first: {pending[0]}");
        }
        catch (Exception e) when (DatabaseFailure.IsUnavailable(e))
        {
            return HealthCheckResult.Unhealthy("Unknown: PostgreSQL is unreachable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The migrations readiness check failed");
            return HealthCheckResult.Unhealthy($"Migrations check failed: {e.GetType().Name}");
        }
    }
}
