using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Browsers;

public static class BrowserRegistration
{
    public static IServiceCollection AddBrowserSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityHeaders>(configuration.GetSection(SecurityHeaders.Section));
        services.Configure<CorsSettings>(configuration.GetSection(CorsSettings.Section));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) => cors.AddPolicy(CorsSettings.Policy, settings.Value.Apply));
        return services;
    }

    /// <summary>First in the pipeline, so that static files and refusals get the headers too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var headers = app.ApplicationServices.GetRequiredService<IOptions<SecurityHeaders>>().Value;

        // One callback for all requests, the response as its state: nothing is allocated per request.
        Func<object, Task> addHeaders = response =>
        {
            headers.AddTo((HttpResponse)response);
            return Task.CompletedTask;
        };
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(addHeaders, http.Response);
            return next(http);
        });
    }

    /// <summary>This endpoint answers preflights and cross-origin calls from <see cref="CorsSettings.AllowedOrigins"/>.</summary>
    public static TBuilder WithBrowserAccess<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireCors(CorsSettings.Policy);
}
