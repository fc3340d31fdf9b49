using BrandContent.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Partners;

/// <summary>Flushes <see cref="PartnerActivityRecorder"/>'s counts every interval, and once more when the server stops.</summary>
public sealed class PartnerActivityFlusher(PartnerActivityRecorder recorder, IOptions<PartnerActivityOptions> options, ILogger<PartnerActivityFlusher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushLoggingAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The last counts of this process: the loop has stopped, so this is the only flush left to make.
        await FlushLoggingAsync(cancellationToken);
    }

    private async Task FlushLoggingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await recorder.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The counts stay in memory for the next flush; an outage is logged once, by DatabaseOutage.
            if (!DatabaseFailure.IsUnavailable(e))
            {
                logger.LogError(e, "Adding partner activity counts failed");
            }
        }
    }
}
