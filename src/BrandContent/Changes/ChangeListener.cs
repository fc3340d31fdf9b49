using System.Threading.Channels;
using BrandContent.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BrandContent.Changes;

/// <summary>
/// Each server's ear on <see cref="ChangeAnnouncements.Channel"/>: a connection of its own that LISTENs and hands every
/// notice to the <see cref="IChangeSubscriber"/>s, in order. When the connection is lost, notices may be missed, so on
/// every (re)connection the subscribers hear "everything" first: a flush is the price of an outage, never a stale answer.
/// </summary>
public sealed class ChangeListener(
    BrandContentDatabase database, IServiceProvider services, IOptions<ChangeOptions> options, ILogger<ChangeListener> logger) : BackgroundService
{
    private readonly Channel<ChangeNotice> notices = Channel.CreateUnbounded<ChangeNotice>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<IReadOnlyList<IChangeSubscriber>> subscribers = new(() => services.GetServices<IChangeSubscriber>().ToList());

    /// <summary>Set once the first LISTEN is in place and what was kept before it is flushed (tests wait for it).</summary>
    public Task Listening => listening.Task;

    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Listen)
        {
            return;
        }

        var dispatch = DispatchAsync(stoppingToken);
        var delay = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken, () => delay = TimeSpan.Zero);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // An outage is logged once, as a warning, by DatabaseOutage; this says what it means for caches, once.
                if (delay == TimeSpan.Zero)
                {
                    logger.LogInformation("Change notifications interrupted ({Reason}); caches are flushed when they resume", e.GetBaseException().Message);
                }

                delay = TimeSpan.FromTicks(Math.Clamp(delay.Ticks * 2, TimeSpan.FromMilliseconds(200).Ticks, TimeSpan.FromSeconds(5).Ticks));
                await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        notices.Writer.TryComplete();
        await dispatch;
    }

    private async Task ListenAsync(CancellationToken stoppingToken, Action connected)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 15 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, e) => notices.Writer.TryWrite(ChangeAnnouncements.Parse(e.Payload));
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeAnnouncements.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Whatever was announced while nobody listened is unknown: everything may be stale.
        await ApplyAsync(ChangeNotice.Everything, stoppingToken);
        connected();
        listening.TrySetResult();
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    /// <summary>
    /// What a unit of work of this server announced, applied here as soon as it committed, so that this server's next
    /// read sees it; the notices from PostgreSQL arrive too, and applying a change twice is harmless.
    /// </summary>
    public async Task ApplyCommittedAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        foreach (var notice in db.Announced)
        {
            await ApplyAsync(notice, cancellationToken);
        }

        db.Announced.Clear();
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in notices.Reader.ReadAllAsync(CancellationToken.None))
        {
            await ApplyAsync(notice, stoppingToken);
        }
    }

    private async Task ApplyAsync(ChangeNotice notice, CancellationToken cancellationToken)
    {
        foreach (var subscriber in subscribers.Value)
        {
            try
            {
                await subscriber.OnChangedAsync(notice, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A change subscriber failed on {Tags}", string.Join(' ', notice.Tags));
            }
        }
    }
}
