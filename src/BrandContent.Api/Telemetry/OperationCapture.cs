using GraphQL;
using GraphQL.DI;

namespace BrandContent.Api.Telemetry;

/// <summary>Notes the operation and the execution result of a request for its metrics. Runs first, around retries.</summary>
public sealed class OperationCapture : IConfigureExecution
{
    /// <summary>Before option configurations (100) and the query retry (150): it sees the request scope and the final result.</summary>
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var telemetry = options.RequestServices?.GetService<GraphQLRequestTelemetry>();
        if (telemetry is not null)
        {
            telemetry.OperationName = RequestedOperation.NameOf(options.Document, options.OperationName);
        }

        var result = await next(options);
        if (telemetry is not null)
        {
            telemetry.Result = result;
        }

        return result;
    }
}
