using BrandContent.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandContent.Limits;

/// <summary>
/// Every minute, deletes the buckets that are full again, so the table holds only the callers of the last window
/// (anonymous callers are counted by address: without this it would grow with every address ever seen). Any server
/// may run it; two at once delete nothing twice.
/// </summary>
public sealed class RateLimitBucketSweep(PostgresPermitStore store, ILogger<RateLimitBucketSweep> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await store.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; an outage is logged once, by DatabaseOutage.
                if (!DatabaseFailure.IsUnavailable(e))
                {
                    logger.LogError(e, "Deleting full rate-limit buckets failed");
                }
            }
        }
    }
}
