using BrandContent.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BrandContent.Publishing;

/// <summary>
/// Runs a job in a scope of its own every <see cref="SchedulerOptions.IntervalSeconds"/>, the interval of all scheduled
/// work (0 turns it off). A failed run was rolled back as a whole and the next tick tries again; an outage is logged
/// once, by DatabaseOutage, so only other failures reach <see cref="Failed"/> with their exception.
/// </summary>
public abstract class PeriodicJobService(IServiceScopeFactory scopes, IOptions<SchedulerOptions> options) : BackgroundService
{
    /// <summary>One run; returns how many things it did.</summary>
    protected abstract Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>A run that did something (not called for an idle tick).</summary>
    protected abstract void Done(int count);

    /// <summary>A run that failed; <paramref name="unexpected"/> is null when the database was unavailable.</summary>
    protected abstract void Failed(Exception? unexpected);

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
                var count = await RunAsync(scope.ServiceProvider, stoppingToken);
                if (count > 0)
                {
                    Done(count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(DatabaseFailure.IsUnavailable(e) ? null : e);
            }
        }
    }
}
