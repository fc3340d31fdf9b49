using System.Text.Encodings.Web;
using BrandContent.Api.Access;
using BrandContent.Api.Browsers;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.Limits;
using BrandContent.Api.Telemetry;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL;

public static class GraphQLRegistration
{
    public static IHostApplicationBuilder AddBrandContentGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLLimits>().BindConfiguration(GraphQLLimits.Section);
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddScoped<DeliveryContext>();
        builder.Services.AddSingleton<LocalizedErrors>();
        builder.Services.AddSingleton<GraphQLDocuments>();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
        builder.Services.AddSingleton<IConfigureExecution, ValidatedDocuments>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<BrandContentSchema>()
            // Vietnamese and CJK text stays readable (and smaller) instead of \uXXXX escapes.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(BrandContentSchema).Assembly)
            // Generic code declares a kind's input by its record (LocalizedKind.InputType); the mapping finds its input type.
            .AddClrTypeMappings(typeof(BrandContentSchema).Assembly)
            // One DbContext per request: resolvers and batch loaders must not run concurrently on it.
            .AddExecutionStrategy(SerialExecutionStrategy.Instance, OperationType.Query)
            // Spans name the operation, not the document: bodies run to 256 KiB, with inline texts and XLIFF files.
            .UseTelemetry(telemetry => telemetry.RecordDocument = false)
            .AddAccessRules()
            .UseMiddleware<StorableTextMiddleware>()
            // The same configuration registerPersistedQuery checks documents with (GraphQLDocuments).
            .AddComplexityAnalyzer((complexity, services) =>
                GraphQLDocuments.ConfigureComplexity(complexity, services.GetRequiredService<IOptions<GraphQLLimits>>().Value))
            .AddErrorInfoProvider(options =>
            {
                options.ExposeExceptionDetails = false;
                options.ExposeData = true;
            }));
        return builder;
    }

    public static IEndpointRouteBuilder MapBrandContentGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.Map(path, (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http))
            .WithBrowserAccess()
            .RequireCaller()
            .WithGraphQLRequestMetrics()
            .WithRequestLimits();
        return endpoints;
    }
}
