using System.Globalization;

namespace BrandContent.Limits;

/// <summary>
/// One caller's token bucket as the whole deployment sees it: <see cref="Limit"/> permits, refilled evenly over
/// <see cref="Window"/>. <paramref name="Caller"/> names the caller (a key's hash or an address), never a secret.
/// </summary>
public sealed record PermitBucket(string Caller, int Limit, TimeSpan Window)
{
    /// <summary>A key's hash (64) with its prefix, or an IPv6 address, and the shape; room to spare.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>
    /// The stored name: the caller with its limit and window, so that servers configured differently (during a
    /// rolling change of the settings) never read each other's counts as their own.
    /// </summary>
    public string Key { get; } = string.Create(CultureInfo.InvariantCulture, $"{Caller}:{Limit}/{(long)Window.TotalMilliseconds}ms");

    public double PerSecond => Limit / Window.TotalSeconds;

    /// <summary>How long until a bucket holding <paramref name="left"/> permits has a whole one.</summary>
    public TimeSpan UntilOne(double left) => TimeSpan.FromSeconds(Math.Max(0, 1 - left) / PerSecond);
}

/// <summary>What a lease got from the shared bucket, and what is left in it for everyone else.</summary>
public readonly record struct PermitGrant(int Granted, double Left);

/// <summary>Where the deployment's buckets live: PostgreSQL, or Redis when configured.</summary>
public interface IPermitStore
{
    /// <summary>
    /// In one atomic step, across every process: gives back <paramref name="returned"/> permits leased earlier and not
    /// spent, refills the bucket for the time passed, and takes up to <paramref name="wanted"/> whole permits from it.
    /// </summary>
    Task<PermitGrant> TakeAsync(PermitBucket bucket, int wanted, int returned, CancellationToken cancellationToken);
}
