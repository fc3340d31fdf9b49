using BrandContent.Api.Access;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.Browsers;

/// <summary>Which web pages may call <c>/graphql</c> from a browser (section <c>BrandContent:Cors</c>); none by default.</summary>
public sealed record CorsSettings
{
    public const string Section = "BrandContent:Cors";
    public const string Policy = "graphql-browsers";

    /// <summary>Origins such as <c>https://www.example.vn</c>; <c>*</c> allows any. Empty: no CORS headers at all.</summary>
    public string[] AllowedOrigins { get; init; } = [];

    /// <summary>How long a browser may keep a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Keys travel in headers, never cookies, so credentials are not allowed.</summary>
    public void Apply(CorsPolicyBuilder policy)
    {
        if (AllowedOrigins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(AllowedOrigins);
        }

        policy.WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Options)
            .WithHeaders(HeaderNames.ContentType, HeaderNames.Authorization, CallerAuthentication.ApiKeyHeader, HeaderNames.AcceptLanguage)
            // A client that was rate limited needs to read how long to wait.
            .WithExposedHeaders(HeaderNames.RetryAfter)
            .SetPreflightMaxAge(PreflightMaxAge);
    }
}
