using BrandContent.Access;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Access;

/// <summary>
/// Decides the request's <see cref="Caller"/> once, for endpoints that ask for it: the key of <c>Authorization: Bearer …</c>
/// or <c>X-Api-Key</c> (read once, hashed once, looked up through <see cref="ApiKeyIdentities"/>), else the configured
/// anonymous role, else nobody. Refusing is left to the endpoint, after the rate limiter has counted the request.
/// </summary>
public sealed class CallerAuthentication(RequestDelegate next, ApiKeyIdentities identities, IOptions<AuthOptions> options)
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string Bearer = "Bearer ";

    /// <summary>Endpoint metadata: this endpoint's requests have a caller.</summary>
    public sealed record Required
    {
        public static readonly Required Instance = new();
    }

    /// <summary>Endpoint metadata: the key may also come as <c>?key=</c>, for clients that cannot send headers (calendar apps).</summary>
    public sealed record QueryKeyAccepted
    {
        public const string Parameter = "key";

        public static readonly QueryKeyAccepted Instance = new();
    }

    public async Task InvokeAsync(HttpContext http, CallerContext caller)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<Required>() is not null)
        {
            var token = Token(http.Request)
                ?? (endpoint.Metadata.GetMetadata<QueryKeyAccepted>() is not null && http.Request.Query[QueryKeyAccepted.Parameter].ToString().Trim() is { Length: > 0 } key ? key : null);
            caller.Caller = token is not null
                ? await identities.IdentifyAsync(token, http.RequestServices, http.RequestAborted)
                : options.Value.AnonymousRole is { } role ? Caller.Anonymous(role) : Caller.Unidentified;
        }

        await next(http);
    }

    private static string? Token(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[Bearer.Length..].Trim() is { Length: > 0 } token ? token : null;
        }

        return request.Headers[ApiKeyHeader].ToString().Trim() is { Length: > 0 } header ? header : null;
    }
}
