using System.Text.Encodings.Web;
using BrandContent.Api.Access;
using BrandContent.Api.Browsers;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.Limits;
using BrandContent.Api.Telemetry;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;

namespace BrandContent.Api.GraphQL;

public static class GraphQLRegistration
{
    public static IHostApplicationBuilder AddBrandContentGraphQL(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new();
        builder.Services.Configure<GraphQLLimits>(builder.Configuration.GetSection(GraphQLLimits.Section));
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddScoped<DeliveryContext>();
        builder.Services.AddScoped<CurrentActor>();
        builder.Services.AddScoped<CallerContext>();
        builder.Services.AddMemoryCache();
        builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddSingleton<LocalizedErrors>();
        builder.Services.AddSingleton<GraphQLDocumentCache>();
        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLHttpEndpoint>();
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
            .UseMiddleware<AccessMiddleware>()
            .UseMiddleware<StorableTextMiddleware>()
            // For cached documents too: whether introspection is allowed depends on the caller, not on the document.
            .AddValidationRule<IntrospectionAccessRule>(useForCachedDocuments: true)
            .AddComplexityAnalyzer(options =>
            {
                options.MaxDepth = limits.MaxDepth;
                options.MaxComplexity = limits.MaxComplexity;

                // The schema is small and fixed: introspection (GraphiQL's own query) costs nothing.
                var standard = options.DefaultComplexityImpactDelegate;
                options.DefaultComplexityImpactDelegate = field =>
                    field.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new FieldComplexityResult(0, 0)
                        : standard(field);
            })
            .AddErrorInfoProvider(options =>
            {
                options.ExposeExceptionDetails = false;
                options.ExposeData = true;
            }));
        return builder;
    }

    public static IEndpointRouteBuilder MapBrandContentGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        endpoints.Map(path, http => http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http))
            .WithBrowserAccess()
            .WithGraphQLRequestMetrics()
            .WithRequestLimits();
        return endpoints;
    }
}
