using GraphQL;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>A request that cannot run: the HTTP status to answer with and the one GraphQL error that says why.</summary>
public sealed record RequestRefusal(int Status, ExecutionError Error)
{
    /// <summary>For the parts of the request pipeline that find a refusal deep in their own work (reading, parsing, persisted queries).</summary>
    public RequestRefusedException AsException() => new(this);

    public static RequestRefusal BadRequest(ExecutionError error) => new(StatusCodes.Status400BadRequest, error);
}

/// <summary>Carries a <see cref="RequestRefusal"/> to the endpoint, which answers it; never leaves the endpoint.</summary>
public sealed class RequestRefusedException(RequestRefusal refusal) : Exception(refusal.Error.Message)
{
    public RequestRefusal Refusal { get; } = refusal;
}
