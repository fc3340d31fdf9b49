using System.Globalization;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Storage;

namespace BrandContent.Api.Resilience;

/// <summary>
/// No failure in the HTTP path is ever an empty 500: an exception nobody handled becomes a GraphQL error body in the
/// caller's language, <c>503 DATABASE_UNAVAILABLE</c> with Retry-After when PostgreSQL cannot be reached (wherever it
/// happened, authentication included), else <c>500 INTERNAL_ERROR</c>, logged once here.
/// </summary>
public sealed class LastResortErrors(RequestDelegate next, ILogger<LastResortErrors> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception)
        {
            var unavailable = DatabaseFailure.IsUnavailable(exception);
            if (!unavailable)
            {
                logger.LogError(exception, "Unhandled error answering {Method} {Path}", http.Request.Method, http.Request.Path);
            }

            if (http.Response.HasStarted)
            {
                // Too late for an error body: end the response so the client does not take it for complete.
                http.Abort();
                return;
            }

            http.Response.Headers.ContentLength = null;
            if (unavailable)
            {
                // Logged once per outage by DatabaseOutage, not here for every request.
                var seconds = (int)DatabaseOutage.RetryAfter.TotalSeconds;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCode.DatabaseUnavailable, seconds);
            }
            else
            {
                await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status500InternalServerError, ErrorCode.Internal);
            }
        }
    }
}
