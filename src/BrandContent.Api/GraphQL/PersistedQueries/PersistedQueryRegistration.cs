namespace BrandContent.Api.GraphQL.PersistedQueries;

public static class PersistedQueryRegistration
{
    public static IHostApplicationBuilder AddBrandContentPersistedQueries(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PersistedQueryOptions>(builder.Configuration.GetSection(PersistedQueryOptions.Section));
        builder.Services.AddSingleton<PersistedQueryCache>();
        builder.Services.AddSingleton<AutomaticPersistedQueries>();
        return builder;
    }
}
