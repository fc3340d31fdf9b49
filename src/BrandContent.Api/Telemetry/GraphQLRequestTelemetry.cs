using GraphQL;

namespace BrandContent.Api.Telemetry;

/// <summary>
/// What one GraphQL request did, gathered while it runs (a scoped service) and counted when it is answered by
/// <see cref="GraphQLRequestMetrics"/>: the operation it ran, the result of its execution and the errors written
/// before or instead of one (refusals, outages).
/// </summary>
public sealed class GraphQLRequestTelemetry
{
    private readonly List<string> refusals = [];

    public string OperationName { get; set; } = RequestedOperation.Anonymous;

    /// <summary>Kept by reference: the endpoint localizes its errors afterwards, and the codes counted are the final ones.</summary>
    public ExecutionResult? Result { get; set; }

    public void Refused(ExecutionError error) => refusals.Add(CodeOf(error));

    public IEnumerable<string> ErrorCodes =>
        refusals.Count == 0 && Result?.Errors is not { Count: > 0 } ? [] : refusals.Concat(Result?.Errors?.Select(CodeOf) ?? []);

    private static string CodeOf(ExecutionError error) => error.Code ?? "UNKNOWN";
}
