using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BrandContent.Api.Health;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: it can serve, PostgreSQL answers and every migration is applied
/// (503 with the reason otherwise). No key needed, never cached, not rate limited.
/// </summary>
public static class HealthRegistration
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";

    /// <summary>The tag of the checks /readyz runs (features with a dependency of their own add theirs).</summary>
    public const string ReadyTag = "ready";

    /// <summary>A readiness check that takes longer than this says so, instead of holding the probe.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddBrandContentHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<PostgresReachable>(PostgresReachable.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<MigrationsApplied>(MigrationsApplied.Name, tags: [ReadyTag], timeout: CheckTimeout);

        // The health check service logs every unhealthy result as an error: one line per probe during an outage,
        // which /readyz already reports and DatabaseOutage logs once. The checks log what else goes wrong themselves.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Critical);
        return builder;
    }

    public static IEndpointRouteBuilder MapBrandContentHealth(this IEndpointRouteBuilder endpoints)
    {
        // AllowCachingResponses stays false: the middleware answers with Cache-Control: no-store, no-cache.
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthAnswer.WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthAnswer.WriteAsync });
        return endpoints;
    }
}
