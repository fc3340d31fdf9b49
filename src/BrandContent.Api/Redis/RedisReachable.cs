using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace BrandContent.Api.Redis;

/// <summary>
/// Redis answers a PING. When it does not, the process is <em>Degraded</em>, not unready (/readyz stays 200): every
/// process shares the one Redis, so failing readiness would take them all out of the load balancer for a blip, while
/// the features on Redis go on without it (the rate limits fall back to each process's own buckets, reads are answered
/// uncached).
/// </summary>
public sealed class RedisReachable(IConnectionMultiplexer redis) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded("Redis is unreachable: rate limits are kept per process and reads answered uncached until it answers");
        }
    }
}
