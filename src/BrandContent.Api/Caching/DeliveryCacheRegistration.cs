using BrandContent.Changes;

namespace BrandContent.Api.Caching;

public static class DeliveryCacheRegistration
{
    /// <summary>The response cache (its store: in memory, or Redis with <c>ConnectionStrings:Redis</c>), HTTP caching headers, invalidation.</summary>
    public static IHostApplicationBuilder AddBrandContentDeliveryCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryCacheOptions>()
            .BindConfiguration(DeliveryCacheOptions.Section)
            .Validate(o => o.MaxLifetime > TimeSpan.Zero, $"{DeliveryCacheOptions.Section}:MaxLifetime must be positive.")
            .Validate(o => o.SizeLimitBytes > 0 && o.MaxAnswerBytes > 0, $"{DeliveryCacheOptions.Section}: sizes must be positive.")
            .Validate(o => o.MaxAgeSeconds >= 0 && o.SharedMaxAgeSeconds >= 0 && o.StaleWhileRevalidateSeconds >= 0, $"{DeliveryCacheOptions.Section}: ages must not be negative.")
            .ValidateOnStart();
        var sizeLimit = builder.Configuration.GetSection(DeliveryCacheOptions.Section).Get<DeliveryCacheOptions>()?.SizeLimitBytes ?? new DeliveryCacheOptions().SizeLimitBytes;
        builder.Services.AddOutputCache(options => options.SizeLimit = sizeLimit);
        builder.Services.AddSingleton<CacheGenerations>();
        builder.Services.AddSingleton<AnswerLifetimes>();
        builder.Services.AddSingleton<GraphQLCacheMetrics>();
        builder.Services.AddSingleton<DeliveryCache>();
        builder.Services.AddSingleton<HttpCaching>();
        builder.Services.AddSingleton<PublishedAnswers>();
        builder.Services.AddSingleton<IChangeSubscriber, DeliveryCacheInvalidation>();
        return builder;
    }
}
