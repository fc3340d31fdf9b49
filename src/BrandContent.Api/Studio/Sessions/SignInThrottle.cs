using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Studio.Sessions;

/// <summary>
/// Counts failed sign-ins per client address in a fixed one-minute window (<see cref="StudioOptions.SignInFailuresPerMinute"/>).
/// Per server process: keys are 256-bit random values, so this only keeps a guesser slow and the logs quiet; the
/// API's own per-address rate limit still applies to /graphql.
/// </summary>
public sealed class SignInThrottle(IOptions<StudioOptions> options) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInFailuresPerMinute,
            Window = Window,
            QueueLimit = 0,
        }));

    public static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Whether this address has used up its failures for the current window.</summary>
    public bool IsBlocked(string address) => failures.GetStatistics(address)?.CurrentAvailablePermits == 0;

    public void Failed(string address)
    {
        using var lease = failures.AttemptAcquire(address);
    }

    public void Dispose() => failures.Dispose();
}
