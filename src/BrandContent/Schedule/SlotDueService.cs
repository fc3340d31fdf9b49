using BrandContent.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Schedule;

/// <summary>Runs <see cref="SlotDueJob"/> every <see cref="SchedulerOptions.IntervalSeconds"/>, the interval of all scheduled work (0 turns it off).</summary>
public sealed class SlotDueService(IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, ILogger<SlotDueService> logger)
    : PeriodicJobService(scopes, options)
{
    protected override Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SlotDueJob>().RunDueAsync(cancellationToken);

    protected override void Done(int count) => logger.LogInformation("Marked {Count} post slots due", count);

    protected override void Failed(Exception? unexpected)
    {
        if (unexpected is not null)
        {
            logger.LogError(unexpected, "Marking post slots due failed");
        }
    }
}
