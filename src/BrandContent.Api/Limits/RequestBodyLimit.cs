using BrandContent.Api.GraphQL.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Limits;

/// <summary>
/// Refuses a body over <see cref="RequestLimits.MaxRequestBodyBytes"/> with 413 on endpoints that ask for it: at once
/// when Content-Length says so, otherwise as soon as the bytes read pass the limit (nothing beyond it is buffered).
/// Keys that may import XLIFF get <see cref="RequestLimits.MaxImportBodyBytes"/> instead, for that operation only
/// (<see cref="ImportBodyAllowance"/>).
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestLimits> options)
{
    /// <summary>Endpoint metadata: this endpoint's body is limited.</summary>
    public sealed record Applies
    {
        public static readonly Applies Instance = new();
    }

    private readonly long maxBytes = options.Value.MaxRequestBodyBytes;
    private readonly long maxImportBytes = options.Value.MaxImportBodyBytes;

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<Applies>() is null)
        {
            await next(http);
            return;
        }

        // The counting stream is the limit here, on any server: Kestrel's own (30 MB by default) would answer first
        // when ours is larger, and without a GraphQL body.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = null;
        }

        if (WithinLimit(http.Request))
        {
            await next(http);
            return;
        }

        var limit = ImportBodyAllowance.Applies(http) ? maxImportBytes : maxBytes;
        if (http.Request.ContentLength > limit)
        {
            await RefuseAsync(http, limit);
            return;
        }

        var body = http.Request.Body;
        var limited = new LimitedBodyStream(body, limit);
        if (limit > maxBytes)
        {
            http.Features.Set(new ImportBodyAllowance(limited, maxBytes));
        }

        http.Request.Body = limited;
        try
        {
            await next(http);
        }
        catch (RequestBodyTooLargeException) when (!http.Response.HasStarted)
        {
            await RefuseAsync(http, limit);
        }
        finally
        {
            http.Request.Body = body;
        }
    }

    /// <summary>
    /// A body that cannot pass the small limit needs no counting: none at all (a GET), or a Content-Length within it,
    /// which the server holds the body to. Almost every query is one; only larger or chunked bodies are counted.
    /// </summary>
    private bool WithinLimit(HttpRequest request) =>
        request.ContentLength is { } length ? length <= maxBytes : request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false;

    private static Task RefuseAsync(HttpContext http, long limit) =>
        GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCode.RequestTooLarge, limit);
}

/// <summary>The body passed <see cref="RequestLimits.MaxRequestBodyBytes"/> while it was being read.</summary>
public sealed class RequestBodyTooLargeException(long maxBytes) : IOException($"The request body is larger than {maxBytes} bytes.");
