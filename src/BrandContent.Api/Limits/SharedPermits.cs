using BrandContent.Limits;
using BrandContent.Storage;
using Polly;
using Polly.CircuitBreaker;

namespace BrandContent.Api.Limits;

/// <summary>
/// The deployment's buckets (<see cref="IPermitStore"/>) behind a timeout and a circuit breaker: when the store does
/// not answer, <see cref="TryTakeAsync"/> says so (null) and the caller falls back to its own process's bucket,
/// failing open rather than refusing everyone. After two failures the store is left alone for a few seconds.
/// </summary>
public sealed class SharedPermits
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(5);

    private readonly IPermitStore store;
    private readonly ResiliencePipeline<PermitGrant> pipeline;
    private volatile bool announced;

    public SharedPermits(IPermitStore store, ILogger<SharedPermits> logger)
    {
        this.store = store;
        var storeName = store.GetType().Name;
        pipeline = new ResiliencePipelineBuilder<PermitGrant>()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<PermitGrant>
            {
                ShouldHandle = new PredicateBuilder<PermitGrant>().Handle<Exception>(),
                FailureRatio = 0.5,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = BreakDuration,
                OnOpened = args =>
                {
                    // PostgreSQL down is logged once, by DatabaseOutage; everything else (Redis) is said here.
                    announced = args.Outcome.Exception is not { } e || !DatabaseFailure.IsUnavailable(e);
                    if (announced)
                    {
                        logger.LogWarning(
                            "The shared rate-limit store ({Store}) does not answer ({Error}); each process limits on its own until it does",
                            storeName, args.Outcome.Exception?.Message);
                    }

                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    if (announced)
                    {
                        logger.LogInformation("The shared rate-limit store ({Store}) answers again; limits hold across processes", storeName);
                    }

                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(Timeout)
            .Build();
    }

    /// <summary>The grant, or null when the store could not be asked (the caller then limits on its own).</summary>
    public async Task<PermitGrant?> TryTakeAsync(PermitBucket bucket, int wanted, int returned)
    {
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
            static async (context, state) =>
            {
                try
                {
                    return Outcome.FromResult(await state.store.TakeAsync(state.bucket, state.wanted, state.returned, context.CancellationToken));
                }
                catch (Exception e)
                {
                    return Outcome.FromException<PermitGrant>(e);
                }
            },
            context,
            (store, bucket, wanted, returned));
            return outcome.Exception is null ? outcome.Result : null;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
