using System.Globalization;
using System.Threading.RateLimiting;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Api.Telemetry;
using BrandContent.Limits;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Limits;

/// <summary>
/// The request budget of <c>/graphql</c> (ASP.NET Core's rate limiter). A key's bucket is named by the SHA-256 of its
/// secret, never the secret. Requests without a valid key share their IP's bucket, so made-up keys buy no fresh budget.
/// With <see cref="RateLimit.Shared"/> (the default) the bucket is the deployment's, in Redis or PostgreSQL, spent in
/// leases (<see cref="LeasedTokenBucket"/>); otherwise each process keeps its own.
/// </summary>
public static class ApiKeyRateLimiting
{
    public const string Policy = "graphql-per-key";

    /// <summary>Most refill steps per window: a caller that ran out waits one step (1 s by default), not the whole window.</summary>
    private const int MaxSteps = 60;

    public static IServiceCollection AddApiKeyRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimits>, IServiceProvider>((options, limits, provider) =>
        {
            // Asked for on the first limited request, so that Redis is not connected to before it is needed.
            var shared = new Lazy<SharedPermits?>(() => limits.Value.RateLimit.Shared ? provider.GetRequiredService<SharedPermits>() : null);
            var time = provider.GetRequiredService<TimeProvider>();
            options.AddPolicy(Policy, http => Partition(http, limits.Value.RateLimit, shared.Value, time));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimit settings, SharedPermits? shared, TimeProvider time)
    {
        // The caller was decided before the limiter runs (CallerAuthentication); a made-up key shares its IP's bucket.
        // A key's bucket is its hash as it is (64 hex digits, never "ip:…"): no string is made per request.
        var caller = http.Caller();
        var (bucket, role) = caller is { Kind: CallerKind.ApiKey, KeyHash: { } hash }
            ? (hash, caller.Role)
            : ("ip:" + http.Connection.RemoteIpAddress, (Role?)null);
        var permits = settings.PermitLimitFor(role);
        if (permits <= 0)
        {
            return RateLimitPartition.GetNoLimiter(bucket);
        }

        return shared is null
            ? RateLimitPartition.GetTokenBucketLimiter(bucket, _ => TokenBucket(permits, settings.Window))
            : RateLimitPartition.Get(bucket, _ => new LeasedTokenBucket(
                new PermitBucket(bucket, permits, settings.Window), shared, () => new TokenBucketRateLimiter(TokenBucket(permits, settings.Window)), time));
    }

    private static TokenBucketRateLimiterOptions TokenBucket(int permits, TimeSpan window)
    {
        var steps = Math.Min(permits, MaxSteps);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = (permits + steps - 1) / steps,
            ReplenishmentPeriod = window / steps,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.HttpContext.RequestServices.GetRequiredService<GraphQLMetrics>().RateLimited(context.HttpContext.Caller().Role);
        await GraphQLErrorResponse.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCode.RateLimited, seconds);
    }
}
