using BrandContent.Api.Access;
using BrandContent.Api.Telemetry;
using BrandContent.Storage;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Polly;
using Polly.Retry;

namespace BrandContent.Api.Resilience;

/// <summary>
/// A query that failed because PostgreSQL could not be reached runs again, whole, a couple of times with backoff and
/// jitter, each time in a fresh DI scope (the DbContext and the request's batch loaders are scoped, and a half-run
/// request's state is not to be trusted). Mutations are not retried: a write may have happened. When the database is
/// still unreachable, the request is answered 503 DATABASE_UNAVAILABLE by <see cref="LastResortErrors"/>.
/// </summary>
/// <remarks>EF Core's EnableRetryOnFailure cannot do this: the code uses transactions it begins itself.</remarks>
public sealed class QueryRetry(IServiceScopeFactory scopes) : IConfigureExecution
{
    private static readonly ResiliencePipeline<ExecutionResult> Pipeline = new ResiliencePipelineBuilder<ExecutionResult>()
        .AddRetry(new RetryStrategyOptions<ExecutionResult>
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } result && DatabaseWasUnavailable(result)),
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    /// <summary>After option configurations (100), which must run once; before GraphQL.NET's own 'Use' steps (200).</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = RequestedOperation.Find(options.Document, options.OperationName) is { Operation: OperationType.Query }
            ? await RetryAsync(options, next)
            : await next(options);
        if (DatabaseWasUnavailable(result))
        {
            // The executer turns exceptions into errors of a 200 answer unless told to let them through; this request is
            // answered by LastResortErrors instead.
            options.ThrowOnUnhandledException = true;
            throw new DatabaseUnavailableException("PostgreSQL is unreachable.");
        }

        return result;
    }

    private async Task<ExecutionResult> RetryAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var requestServices = options.RequestServices!;
        var attempt = 0;
        try
        {
            return await Pipeline.ExecuteAsync(
                async _ =>
                {
                    if (attempt++ == 0)
                    {
                        return await next(options);
                    }

                    // The results are plain values once execution is done: the scope can go before they are written.
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<CallerContext>().Caller = requestServices.GetRequiredService<CallerContext>().Caller;
                    options.RequestServices = scope.ServiceProvider;
                    return await next(options);
                },
                options.CancellationToken);
        }
        finally
        {
            options.RequestServices = requestServices;
        }
    }

    private static bool DatabaseWasUnavailable(ExecutionResult result) =>
        result.Errors?.Any(e => e.Code == ErrorCode.DatabaseUnavailable) == true;
}
