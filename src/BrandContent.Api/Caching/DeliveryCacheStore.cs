using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Polly;
using Polly.CircuitBreaker;

namespace BrandContent.Api.Caching;

/// <summary>
/// The output-cache store (in memory, or Redis shared by every process) as delivery may use it. A store that fails or
/// does not answer is a miss, never an error; after repeated failures it is left alone for a moment. Whatever the
/// store may still hold stale after a failure is removed before this process uses it again: an eviction that failed,
/// an entry whose write failed (it may have landed without its tags, which evictions go by), and the entries written
/// just before the connection to Redis broke (the store adds an entry's tags after its value, without waiting). Until
/// those removals succeed (retried every second) this process neither reads nor writes the store, so an answer it
/// serves is never older than the last change it heard.
/// </summary>
public sealed class DeliveryCacheStore : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    /// <summary>Writes this recent may have lost their tags when the connection breaks (they follow the value within milliseconds).</summary>
    private static readonly TimeSpan TagsInFlight = TimeSpan.FromSeconds(2);

    /// <summary>A write of nothing for a moment: IOutputCacheStore has no delete by key, and an empty entry reads as a miss.</summary>
    private static readonly TimeSpan TombstoneLifetime = TimeSpan.FromMilliseconds(1);

    private readonly IOutputCacheStore store;
    private readonly TimeProvider time;
    private readonly ILogger<DeliveryCacheStore> logger;
    private readonly ResiliencePipeline pipeline;
    private readonly ConcurrentDictionary<Removal, long> pending = new();
    private readonly ConcurrentQueue<(string Key, long At)> recentWrites = new();
    private readonly CancellationTokenSource disposed = new();
    private long failures;
    private int retrying;

    public DeliveryCacheStore(IOutputCacheStore store, TimeProvider time, ILogger<DeliveryCacheStore> logger)
    {
        this.store = store;
        this.time = time;
        this.logger = logger;
        pipeline = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(1),
                BreakDuration = TimeSpan.FromSeconds(2),
                OnOpened = args =>
                {
                    logger.LogWarning("The response cache's store does not answer ({Error}); reads are answered uncached until it does", args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("The response cache's store answers again");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Whether removals are owed to the store (it is not used until they are made).</summary>
    public bool Owing => !pending.IsEmpty;

    /// <summary>The entry, or null: not there, or the store failed, or it may hold stale entries this process has not removed yet.</summary>
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (Owing)
        {
            return null;
        }

        try
        {
            return await pipeline.ExecuteAsync(static (state, token) => state.store.GetAsync(state.key, token), (store, key), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Keeps an entry; false when it was not kept (store failing or owed removals).</summary>
    public async ValueTask<bool> SetAsync(string key, byte[] value, string[] tags, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        if (Owing)
        {
            return false;
        }

        try
        {
            await pipeline.ExecuteAsync(
                static (state, token) => state.store.SetAsync(state.key, state.value, state.tags, state.lifetime, token), (store, key, value, tags, lifetime), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The request ended before the write was sent (once sent, a write does not watch the token).
            return false;
        }
        catch (Exception e)
        {
            // The value may have been written (a timeout) without its tags: nothing could evict it.
            Owe(new Removal(key, IsTag: false), e);
            return false;
        }

        var now = time.GetTimestamp();
        recentWrites.Enqueue((key, now));
        while (recentWrites.TryPeek(out var oldest) && time.GetElapsedTime(oldest.At, now) > TagsInFlight)
        {
            recentWrites.TryDequeue(out _);
        }

        return true;
    }

    /// <summary>Evicts the entries tagged <paramref name="tag"/>; when that fails, it is owed (see the class).</summary>
    public async ValueTask EvictAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.ExecuteAsync(static (state, token) => state.store.EvictByTagAsync(state.tag, token), (store, tag), cancellationToken);
        }
        catch (Exception e)
        {
            Owe(new Removal(tag, IsTag: true), e);
        }
    }

    /// <summary>The connection to a shared store broke: the tags of the entries written just before may not have reached it.</summary>
    public void ConnectionLost()
    {
        var now = time.GetTimestamp();
        foreach (var (key, at) in recentWrites.ToArray())
        {
            if (time.GetElapsedTime(at, now) <= TagsInFlight)
            {
                Owe(new Removal(key, IsTag: false), null);
            }
        }
    }

    private void Owe(Removal removal, Exception? error)
    {
        var first = pending.IsEmpty;
        pending[removal] = Interlocked.Increment(ref failures);
        if (first)
        {
            logger.LogWarning(
                "The response cache's store could not {Action} ({Error}); this process answers uncached until that is done",
                removal.IsTag ? $"evict {removal.Name}" : "be trusted with an entry just written", error?.Message ?? "connection lost");
        }

        RetryInBackground();
    }

    private void RetryInBackground()
    {
        if (Interlocked.CompareExchange(ref retrying, 1, 0) == 0)
        {
            _ = Task.Run(RetryAsync);
        }
    }

    private async Task RetryAsync()
    {
        while (!pending.IsEmpty && !disposed.IsCancellationRequested)
        {
            await Task.Delay(RetryEvery, time, disposed.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var (removal, version) in pending.ToArray())
            {
                try
                {
                    await pipeline.ExecuteAsync(static (state, token) => state.Self.RemoveAsync(state.removal, token), (Self: this, removal), disposed.Token);
                }
                catch (Exception)
                {
                    break;
                }

                // Only the failure seen: if the same removal failed again meanwhile, it stays owed.
                pending.TryRemove(KeyValuePair.Create(removal, version));
            }

            if (pending.IsEmpty)
            {
                logger.LogInformation("The response cache's store is consistent again; answers are cached");
            }
        }

        Volatile.Write(ref retrying, 0);
        if (!pending.IsEmpty && !disposed.IsCancellationRequested)
        {
            RetryInBackground(); // owed just as the loop ended
        }
    }

    private ValueTask RemoveAsync(Removal removal, CancellationToken cancellationToken) =>
        removal.IsTag
            ? store.EvictByTagAsync(removal.Name, cancellationToken)
            : store.SetAsync(removal.Name, [], null, TombstoneLifetime, cancellationToken);

    /// <summary>Stops the retries (the process is ending); the source itself is left to the collector, since a retry may still read its token.</summary>
    public void Dispose() => disposed.Cancel();

    /// <summary>A removal owed to the store: the entries of a tag, or one entry by its key.</summary>
    private readonly record struct Removal(string Name, bool IsTag);
}
