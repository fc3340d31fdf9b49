using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.Telemetry;
using GraphQL;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// A refusal written before the endpoint runs (rate limit, body size) looks like the endpoint's own: a GraphQL error
/// body with a code, a message in the caller's language, and the negotiated media type.
/// </summary>
public static class GraphQLErrorResponse
{
    public static Task WriteAsync(HttpContext http, int status, string code, params object?[] arguments) =>
        WriteAsync(
            http,
            GraphQLMediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept) ?? GraphQLMediaTypes.GraphQLResponse,
            status,
            http.RequestServices.GetRequiredService<LocalizedErrors>().Error(code, arguments));

    public static async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionError error)
    {
        http.RequestServices.GetService<GraphQLRequestTelemetry>()?.Refused(error);
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>()
            .WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted);
    }
}
