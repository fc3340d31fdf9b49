namespace BrandContent.Webhooks;

/// <summary>Webhook delivery (section <c>BrandContent:Webhooks</c>), validated at start.</summary>
public sealed record WebhookOptions
{
    public const string Section = "BrandContent:Webhooks";

    /// <summary>
    /// The Standard Webhooks (Svix) schedule after the first, immediate attempt: about 28 hours in all.
    /// </summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetrySchedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>
    /// Lets subscriptions reach loopback, private, link-local and metadata addresses, and plain http: for local
    /// development and tests only (a deployment that turns it on lets administrators probe its own network).
    /// </summary>
    public bool AllowPrivateTargets { get; init; }

    /// <summary>Whether this process sends deliveries (every process may: claims never overlap).</summary>
    public bool Dispatch { get; init; } = true;

    /// <summary>How often the dispatcher looks for due deliveries when no notification woke it.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The limit on one HTTP request (connect, send, headers).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The limit on one attempt with its quick reconnects.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reconnects within one attempt when the connection could not be made (the request never left).</summary>
    public int QuickRetries { get; init; } = 2;

    /// <summary>Delays after each failed attempt; null = <see cref="DefaultRetrySchedule"/>. Its sum should exceed a day.</summary>
    public IReadOnlyList<TimeSpan>? RetrySchedule { get; init; }

    /// <summary>A delay is drawn between (1 − jitter) and (1 + jitter) times its step, so retries do not arrive in waves.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>A subscription whose deliveries all failed for this long is disabled.</summary>
    public TimeSpan DisableAfter { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Per endpoint: attempts in a sampling window before the breaker may open, and how long it stays open.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries claimed per round, and how many of them are sent at once.</summary>
    public int BatchSize { get; init; } = 20;

    public int MaxParallelSends { get; init; } = 8;

    /// <summary>How long settled events (delivered, or failed for good) are kept, with their attempt logs, for
    /// <c>webhookDeliveries</c> and redelivery; a pending delivery is never deleted.</summary>
    public TimeSpan RetainFor { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How often each dispatching process sweeps what is past <see cref="RetainFor"/>.</summary>
    public TimeSpan RetentionSweepInterval { get; init; } = TimeSpan.FromHours(1);

    public IReadOnlyList<TimeSpan> Schedule => RetrySchedule is { Count: > 0 } schedule ? schedule : DefaultRetrySchedule;

    /// <summary>What is wrong with these settings, naming each; empty when they are fine.</summary>
    public IEnumerable<string> Problems()
    {
        if (PollInterval <= TimeSpan.Zero)
        {
            yield return $"{Section}:PollInterval must be positive.";
        }

        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout < AttemptTimeout)
        {
            yield return $"{Section}:AttemptTimeout must be positive and TotalTimeout at least as long.";
        }

        if (QuickRetries is < 0 or > 10)
        {
            yield return $"{Section}:QuickRetries must be between 0 and 10.";
        }

        if (Schedule.Any(d => d < TimeSpan.Zero))
        {
            yield return $"{Section}:RetrySchedule must not hold negative delays.";
        }

        if (Jitter is < 0 or >= 1)
        {
            yield return $"{Section}:Jitter must be at least 0 and below 1.";
        }

        if (DisableAfter <= TimeSpan.Zero)
        {
            yield return $"{Section}:DisableAfter must be positive.";
        }

        if (BreakerMinimumThroughput < 2 || BreakDuration < TimeSpan.FromSeconds(0.5))
        {
            yield return $"{Section}:BreakerMinimumThroughput must be at least 2 and BreakDuration at least 0.5 s.";
        }

        if (BatchSize < 1 || MaxParallelSends < 1)
        {
            yield return $"{Section}:BatchSize and MaxParallelSends must be positive.";
        }

        if (RetainFor < TimeSpan.FromDays(1) || RetentionSweepInterval <= TimeSpan.Zero)
        {
            yield return $"{Section}:RetainFor must be at least a day and RetentionSweepInterval positive.";
        }
    }
}
