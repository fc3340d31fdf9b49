namespace BrandContent.Api.Limits;

public static class LimitsRegistration
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimits>()
            .Bind(configuration.GetSection(RequestLimits.Section))
            .Validate(l => l.MaxRequestBodyBytes > 0, $"{RequestLimits.Section}:MaxRequestBodyBytes must be positive.")
            .Validate(l => l.MaxImportBodyBytes >= l.MaxRequestBodyBytes, $"{RequestLimits.Section}:MaxImportBodyBytes must be at least MaxRequestBodyBytes.")
            .Validate(l => l.RateLimit.Window > TimeSpan.Zero, $"{RequestLimits.Section}:RateLimit:Window must be positive.")
            .ValidateOnStart();
        services.AddApiKeyRateLimiting();
        services.AddSharedRateLimitStore(configuration);
        return services;
    }

    /// <summary>
    /// After routing and after the caller is known (its key picks the bucket), for the endpoints that ask for it: the
    /// budget, then the body size.
    /// </summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseMiddleware<RequestBodyLimit>();

    /// <summary>The per-key rate limit and the body size limit on this endpoint.</summary>
    public static TBuilder WithRequestLimits<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(ApiKeyRateLimiting.Policy).WithMetadata(RequestBodyLimit.Applies.Instance);
}
