using System.Threading.RateLimiting;
using BrandContent.Limits;

namespace BrandContent.Api.Limits;

/// <summary>
/// One caller's bucket in this process, spending permits leased from the deployment's shared bucket
/// (<see cref="SharedPermits"/>), so that most requests cost no round trip. A lease is 5 % of the limit, fewer as the
/// shared bucket empties (a quarter of what is left, at least one), and is spent within <see cref="LeaseLifetime"/>;
/// what was not spent by then is given back with the next lease. Every permit spent was taken from the shared bucket
/// first, so the deployment admits at most what one bucket would plus the leases not yet spent (one per process).
/// A refusal is remembered until the shared bucket has a whole permit again, so a caller over its limit costs the store
/// one round trip per refill step, not one per request. When the store does not answer, the process's own token bucket
/// (as without sharing) decides.
/// </summary>
public sealed class LeasedTokenBucket(PermitBucket bucket, SharedPermits shared, Func<RateLimiter> ownBucket, TimeProvider time) : RateLimiter
{
    /// <summary>How long leased permits may be spent here before they go back to the shared bucket.</summary>
    public static readonly TimeSpan LeaseLifetime = TimeSpan.FromSeconds(5);

    /// <summary>The largest lease, as a share of the limit.</summary>
    public const int LeaseDivisor = 20;

    private readonly Lock gate = new();
    private readonly Lazy<RateLimiter> fallback = new(ownBucket);
    private int leased;
    private long leasedAt;
    private int unspent;
    private double lastLeft = bucket.Limit;
    private long refusedUntil;
    private TaskCompletionSource<bool>? refill;
    private long lastUsed = time.GetTimestamp();

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return refill is null ? time.GetElapsedTime(lastUsed) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = leased };
        }
    }

    /// <summary>Spends what this process leased already; when that is not enough the middleware asks <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (gate)
        {
            return TrySpend(permitCount) ? Answer.Granted : Answer.NotHere;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, bucket.Limit);
        while (true)
        {
            TaskCompletionSource<bool>? mine = null;
            Task<bool> pending;
            lock (gate)
            {
                if (TrySpend(permitCount))
                {
                    return Answer.Granted;
                }

                var now = time.GetTimestamp();
                if (refusedUntil > now)
                {
                    return Answer.Refused(time.GetElapsedTime(now, refusedUntil));
                }

                // One lease at a time per caller and process: the others wait for it instead of asking too.
                if (refill is null)
                {
                    refill = mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                pending = refill.Task;
            }

            if (mine is not null)
            {
                await LeaseAsync(mine, permitCount);
            }

            if (!await pending.WaitAsync(cancellationToken))
            {
                return fallback.Value.AttemptAcquire(permitCount);
            }
        }
    }

    private bool TrySpend(int permitCount)
    {
        lastUsed = time.GetTimestamp();
        if (leased > 0 && time.GetElapsedTime(leasedAt) > LeaseLifetime)
        {
            unspent += leased;
            leased = 0;
        }

        if (leased < permitCount)
        {
            return false;
        }

        leased -= permitCount;
        return true;
    }

    private async Task LeaseAsync(TaskCompletionSource<bool> mine, int permitCount)
    {
        int wanted, returned;
        lock (gate)
        {
            wanted = Math.Max(permitCount, Math.Min(bucket.Limit / LeaseDivisor, (int)(lastLeft / 4)));
            returned = unspent;
            unspent = 0;
        }

        // Permits given back in a call that failed are not offered again: they may have arrived, and a lost permit only
        // refuses early, where one given back twice would admit too much.
        var grant = await shared.TryTakeAsync(bucket, wanted, returned);
        lock (gate)
        {
            refill = null;
            if (grant is { } got)
            {
                leased += got.Granted;
                leasedAt = time.GetTimestamp();
                lastLeft = got.Left;
                if (got.Granted == 0)
                {
                    refusedUntil = leasedAt + (long)(bucket.UntilOne(got.Left).TotalSeconds * time.TimestampFrequency);
                }
            }
        }

        mine.SetResult(grant is not null);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && fallback.IsValueCreated)
        {
            fallback.Value.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The leases this limiter hands out: fixed answers, nothing to give back on dispose.</summary>
    private sealed class Answer(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Answer Granted = new(true, null);

        /// <summary>Not from what this process holds; the middleware then asks asynchronously.</summary>
        public static readonly Answer NotHere = new(false, null);

        public static Answer Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
