using BrandContent.Changes;

namespace BrandContent.Webhooks;

/// <summary>
/// Wakes this process's dispatcher when an event, a redelivery or a re-enabled subscription commits anywhere (a
/// <see cref="ChangeTags.Webhooks"/> notice), or when notices may have been missed; the poll is only the fallback.
/// </summary>
public sealed class WebhookWakeUp : IChangeSubscriber
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public ValueTask OnChangedAsync(ChangeNotice notice, CancellationToken cancellationToken)
    {
        if (notice.IsEverything || notice.Tags.Contains(ChangeTags.Webhooks))
        {
            Wake();
        }

        return ValueTask.CompletedTask;
    }

    public void Wake()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pending wake-up covers every event committed before the next round.
        }
    }

    /// <summary>Waits for a wake-up or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
