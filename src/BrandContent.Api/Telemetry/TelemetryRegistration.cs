using BrandContent.Api.Health;
using BrandContent.Telemetry;
using GraphQL.DI;
using GraphQL.Telemetry;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BrandContent.Api.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, Npgsql, GraphQL.NET and BrandContent's own meter. Exported over OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the other standard OTEL_* variables); nothing leaves the
/// process otherwise, and spans are then not recorded at all unless <see cref="TelemetryOptions.Traces"/> asks for them.
/// </summary>
public static class TelemetryRegistration
{
    public const string ServiceName = "brandcontent";
    private const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string ServiceNameVariable = "OTEL_SERVICE_NAME";

    public static IHostApplicationBuilder AddBrandContentTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GraphQLMetrics>();
        builder.Services.AddScoped<GraphQLRequestTelemetry>();
        builder.Services.AddSingleton<IConfigureExecution, OperationCapture>();

        // Read while services are registered (which providers exist depends on it), not through IOptions.
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration[EndpointVariable]);
        var settings = TelemetryOptions.Read(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration[ServiceNameVariable] ?? ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(BrandContentMeter.Name));
        if (settings.Traces ?? exporting)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsProbe(http.Request.Path))
                .AddNpgsql()
                .AddSource(GraphQLTelemetryProvider.SourceName));
        }

        if (exporting)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Counts the requests of the GraphQL endpoint; outside the last-resort handler, so its answers count too.</summary>
    public static IApplicationBuilder UseGraphQLRequestMetrics(this IApplicationBuilder app) => app.UseMiddleware<GraphQLRequestMetrics>();

    public static TBuilder WithGraphQLRequestMetrics<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(GraphQLRequestMetrics.Counted.Instance);

    /// <summary>Health probes come every few seconds and say nothing a trace would add.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(HealthRegistration.LivePath) || path.StartsWithSegments(HealthRegistration.ReadyPath);
}
