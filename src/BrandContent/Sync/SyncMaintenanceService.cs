using BrandContent.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Sync;

/// <summary>Runs <see cref="SyncMaintenance"/> every <see cref="SchedulerOptions.IntervalSeconds"/>, the interval of all scheduled work (0 turns it off).</summary>
public sealed class SyncMaintenanceService(IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, ILogger<SyncMaintenanceService> logger)
    : PeriodicJobService(scopes, options)
{
    protected override Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SyncMaintenance>().RunAsync(cancellationToken);

    protected override void Done(int count) => logger.LogInformation("Sync maintenance logged or compacted {Count} change rows", count);

    protected override void Failed(Exception? unexpected)
    {
        if (unexpected is not null)
        {
            logger.LogError(unexpected, "Sync maintenance failed");
        }
    }
}
