using BrandContent.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Publishing;

/// <summary>Carries out due publishes and unpublishes every <see cref="SchedulerOptions.IntervalSeconds"/> (0 turns it off).</summary>
public sealed class PublishSchedulerService(
    IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, SchedulerMetrics metrics, ILogger<PublishSchedulerService> logger)
    : PeriodicJobService(scopes, options)
{
    protected override Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PublishScheduler>().RunDueAsync(cancellationToken);

    protected override void Done(int count) => logger.LogInformation("Scheduler carried out {Count} publishing changes", count);

    protected override void Failed(Exception? unexpected)
    {
        metrics.Failed();
        if (unexpected is not null)
        {
            logger.LogError(unexpected, "Scheduled publishing failed");
        }
    }
}
