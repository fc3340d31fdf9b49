using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Schedule;

/// <summary>Runs <see cref="SlotDueJob"/> every <see cref="SchedulerOptions.IntervalSeconds"/>, the interval of all scheduled work (0 turns it off).</summary>
public sealed class SlotDueService(IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, ILogger<SlotDueService> logger) : BackgroundService
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
                var marked = await scope.ServiceProvider.GetRequiredService<SlotDueJob>().RunDueAsync(stoppingToken);
                if (marked > 0)
                {
                    logger.LogInformation("Marked {Count} post slots due", marked);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; a failed batch was rolled back as a whole. An outage is logged once, by DatabaseOutage.
                if (!DatabaseFailure.IsUnavailable(e))
                {
                    logger.LogError(e, "Marking post slots due failed");
                }
            }
        }
    }
}
