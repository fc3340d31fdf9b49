using System.Globalization;
using System.Threading.RateLimiting;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Api.Telemetry;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Limits;

/// <summary>
/// The request budget of <c>/graphql</c> (ASP.NET Core's rate limiter). A key's bucket is named by the SHA-256 of its
/// secret, never the secret. Requests without a valid key share their IP's bucket, so made-up keys buy no fresh budget.
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
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimits>>((options, limits) =>
            options.AddPolicy(Policy, http => Partition(http, limits.Value.RateLimit)));
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimit settings)
    {
        // The caller was decided before the limiter runs (CallerAuthentication); a made-up key shares its IP's bucket.
        // A key's bucket is its hash as it is (64 hex digits, never "ip:…"): no string is made per request.
        var caller = http.Caller();
        var (bucket, role) = caller is { Kind: CallerKind.ApiKey, KeyHash: { } hash }
            ? (hash, caller.Role)
            : ("ip:" + http.Connection.RemoteIpAddress, (Role?)null);
        var permits = settings.PermitLimitFor(role);
        return permits <= 0
            ? RateLimitPartition.GetNoLimiter(bucket)
            : RateLimitPartition.GetTokenBucketLimiter(bucket, _ => TokenBucket(permits, settings.Window));
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
