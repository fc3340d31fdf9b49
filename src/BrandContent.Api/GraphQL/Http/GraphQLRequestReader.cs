using System.Text.Json;
using BrandContent.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: query-string parameters for GET, a JSON body for POST. What cannot be read is
/// a status and an error, never an exception.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, LocalizedErrors errors)
{
    public (GraphQLRequest? Request, (int Status, ExecutionError Error)? Failure) ReadQueryString(HttpRequest request)
    {
        try
        {
            return (new GraphQLRequest
            {
                Query = request.Query["query"],
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = NullIfEmpty(request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, (StatusCodes.Status400BadRequest, errors.Error(ErrorCode.InvalidJson, e.Message)));
        }
    }

    public async Task<(GraphQLRequest? Request, (int Status, ExecutionError Error)? Failure)> ReadBodyAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonBody(request.ContentType))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, errors.Error(ErrorCode.UnsupportedMediaType, request.ContentType ?? "")));
        }

        try
        {
            var body = await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken);
            return body is null
                ? (null, (StatusCodes.Status400BadRequest, errors.Error(ErrorCode.BadRequest, "null")))
                : (body, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, (StatusCodes.Status400BadRequest, errors.Error(ErrorCode.InvalidJson, e.Message)));
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
