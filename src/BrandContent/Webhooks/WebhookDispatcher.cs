using BrandContent.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandContent.Webhooks;

/// <summary>
/// Sends the outbox, in every process: a round as soon as an event commits (<see cref="WebhookWakeUp"/>), when the
/// next delivery falls due, and at least every <see cref="WebhookOptions.PollInterval"/>.
/// </summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopes, WebhookWakeUp wakeUp, TimeProvider clock, IOptions<WebhookOptions> options, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Shortest = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Dispatch)
        {
            return;
        }

        var nextSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = settings.PollInterval;
            try
            {
                if (clock.GetUtcNow() >= nextSweep)
                {
                    nextSweep = clock.GetUtcNow() + settings.RetentionSweepInterval;
                    await SweepAsync(settings, stoppingToken);
                }

                DeliveryRound round;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    round = await scope.ServiceProvider.GetRequiredService<WebhookDeliveryRun>().RunDueAsync(stoppingToken);
                }
                while (round.Claimed == settings.BatchSize && !stoppingToken.IsCancellationRequested);

                if (round.NextDueAt is { } next)
                {
                    wait = TimeSpan.FromTicks(Math.Clamp((next - clock.GetUtcNow()).Ticks, Shortest.Ticks, settings.PollInterval.Ticks));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round was rolled back as a whole; the next one sends it. An outage is logged once, by DatabaseOutage.
                if (!DatabaseFailure.IsUnavailable(e))
                {
                    logger.LogError(e, "Webhook delivery round failed");
                }
            }

            await wakeUp.WaitAsync(wait, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task SweepAsync(WebhookOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<BrandContentDb>().SweepWebhookEventsAsync(clock.GetUtcNow(), settings.RetainFor, cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} webhook events past retention", deleted);
        }
    }
}
