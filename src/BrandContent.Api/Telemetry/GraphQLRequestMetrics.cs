using BrandContent.Api.Access;

namespace BrandContent.Api.Telemetry;

/// <summary>
/// Counts each request to the GraphQL endpoint once it is answered, whoever answered it: the endpoint, the rate limiter
/// or the last-resort error handler (this middleware runs outside all of them).
/// </summary>
public sealed class GraphQLRequestMetrics(RequestDelegate next, GraphQLMetrics metrics)
{
    /// <summary>Endpoint metadata: requests to endpoints carrying it are counted.</summary>
    public sealed class Counted
    {
        public static readonly Counted Instance = new();
    }

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        finally
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<Counted>() is not null)
            {
                var telemetry = http.RequestServices.GetRequiredService<GraphQLRequestTelemetry>();
                metrics.Request(telemetry.OperationName, RoleOf(http), http.Response.StatusCode, telemetry.ErrorCodes);
            }
        }
    }

    /// <summary>The request's caller, decided before anything could refuse the request; PUBLIC for callers without a valid key.</summary>
    private static string RoleOf(HttpContext http) => http.Caller().Role.ToConstantCase();
}
