using BrandContent.Api.Access;
using BrandContent.Api.Browsers;
using BrandContent.Api.Limits;
using BrandContent.Api.Resilience;
using BrandContent.Api.Telemetry;
using Microsoft.AspNetCore.Localization;

namespace BrandContent.Api;

public static class HttpRegistration
{
    /// <summary>The API's own messages are available in these languages, chosen by Accept-Language.</summary>
    public static readonly string[] MessageCultures = ["en", "vi"];

    /// <summary>Where wwwroot's files (GraphiQL) are served.</summary>
    public const string GraphiQLPath = "/graphiql";

    public static IHostApplicationBuilder AddBrandContentHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(MessageCultures[0]).AddSupportedCultures(MessageCultures).AddSupportedUICultures(MessageCultures);
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
        builder.Services.AddRequestLimits(builder.Configuration);
        builder.Services.AddBrowserSecurity(builder.Configuration);
        return builder;
    }

    public static WebApplication UseBrandContentHttp(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // Before anything that may refuse a request, so that refusals are in the caller's language.
        app.UseRequestLocalization();
        // Outside the last-resort handler, so that the answers it writes are counted too.
        app.UseGraphQLRequestMetrics();
        // Before authentication, whose key lookup needs the database: no failure is ever an empty 500.
        app.UseLastResortErrors();
        // Before routing, so that /graphiql/ is the page and /graphiql gets the trailing slash added; static files are not limited.
        // Only there: every other request (each query) would otherwise cost a look-up in the file system.
        app.UseWhen(http => http.Request.Path.StartsWithSegments(GraphiQLPath), files => files.UseDefaultFiles().UseStaticFiles());
        app.UseRouting();
        // After routing, each for the endpoints whose metadata asks for it; a preflight is answered before it is counted.
        app.UseCors();
        app.UseCallerAuthentication();
        app.UseRequestLimits();
        return app;
    }

    /// <summary>GraphiQL for people, at /graphiql, served from wwwroot (no CDN: the machine may have no internet).</summary>
    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/graphiql/"));
        return app;
    }
}
