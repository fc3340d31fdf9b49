using BrandContent.Storage;
using GraphQL.DI;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BrandContent.Api.Resilience;

/// <summary>Living through PostgreSQL outages: one warning per outage, queries retried, 503 instead of errors or empty 500s.</summary>
public static class ResilienceRegistration
{
    public static IHostApplicationBuilder AddBrandContentResilience(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseOutage>();
        builder.Services.AddSingleton<IInterceptor>(services => services.GetRequiredService<DatabaseOutage>());
        builder.Services.AddSingleton<IConfigureExecution, QueryRetry>();

        // EF Core logs each failed query, save and command as an error with its stack trace (kilobytes per request in
        // an outage). The application logs what it does not handle itself, once (LocalizedErrors, LastResortErrors,
        // the scheduler), and an outage once (DatabaseOutage): EF Core's copies go to Debug.
        builder.Services.ConfigureDbContext<BrandContentDb>(options => options.ConfigureWarnings(warnings => warnings.Log(
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug))));
        return builder;
    }

    /// <summary>Early in the pipeline (after request localization, before authentication and the endpoints).</summary>
    public static IApplicationBuilder UseLastResortErrors(this IApplicationBuilder app) => app.UseMiddleware<LastResortErrors>();
}
