using BrandContent.Access;
using BrandContent.Changes;
using GraphQL;
using GraphQL.DI;

namespace BrandContent.Api.Access;

/// <summary>Who is calling (one <see cref="Caller"/> per request) and what it may do (the policy table, enforced in GraphQL).</summary>
public static class AccessRegistration
{
    public static IHostApplicationBuilder AddBrandContentAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .Validate(o => o.AdminKey is null || o.AdminKey.Length >= ApiKeySecret.MinimumLength, $"{AuthOptions.Section}:AdminKey must have at least {ApiKeySecret.MinimumLength} characters.")
            .Validate(o => o.IdentityCacheFor >= TimeSpan.Zero, $"{AuthOptions.Section}:IdentityCacheFor must not be negative.")
            .Validate(o => o.IntrospectingRoles() is not null) // throws, naming the unknown role
            .ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ApiKeyIdentities>();
        builder.Services.AddSingleton<IChangeSubscriber>(services => services.GetRequiredService<ApiKeyIdentities>());
        builder.Services.AddScoped<CallerContext>();
        return builder;
    }

    /// <summary>The access rules of every field (<see cref="AccessMiddleware"/>) and of introspection.</summary>
    public static IGraphQLBuilder AddAccessRules(this IGraphQLBuilder graphQL) =>
        graphQL
            .UseMiddleware<AccessMiddleware>()
            // For cached documents too: whether introspection is allowed depends on the caller, not on the document.
            .AddValidationRule<IntrospectionAccessRule>(useForCachedDocuments: true);

    /// <summary>After routing, before the rate limiter (which picks the key's bucket from the caller).</summary>
    public static IApplicationBuilder UseCallerAuthentication(this IApplicationBuilder app) => app.UseMiddleware<CallerAuthentication>();

    /// <summary>This endpoint's requests get a caller.</summary>
    public static TBuilder RequireCaller<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(CallerAuthentication.Required.Instance);
}
