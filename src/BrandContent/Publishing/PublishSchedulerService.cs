using BrandContent.Storage;
using BrandContent.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Publishing;

/// <summary>Polls for due publishes and unpublishes every <see cref="SchedulerOptions.IntervalSeconds"/> (0 turns it off).</summary>
public sealed class PublishSchedulerService(
    IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, SchedulerMetrics metrics, ILogger<PublishSchedulerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.IntervalSeconds;
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var done = await scope.ServiceProvider.GetRequiredService<PublishScheduler>().RunDueAsync(stoppingToken);
                if (done > 0)
                {
                    logger.LogInformation("Scheduler carried out {Count} publishing changes", done);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a failed batch was rolled back as a whole. An outage is logged once, by DatabaseOutage.
                metrics.Failed();
                if (!DatabaseFailure.IsUnavailable(e))
                {
                    logger.LogError(e, "Scheduled publishing failed");
                }
            }
        }
    }
}
