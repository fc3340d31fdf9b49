using BrandContent.Api.Redis;
using BrandContent.Limits;

namespace BrandContent.Api.Limits;

/// <summary>Where the shared buckets live: Redis when it is configured, else the database every server already shares.</summary>
public static class SharedRateLimitStore
{
    public static IServiceCollection AddSharedRateLimitStore(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.IsRedisConfigured())
        {
            services.AddSingleton<IPermitStore, RedisPermitStore>();
        }
        else
        {
            services.AddSingleton<PostgresPermitStore>();
            services.AddSingleton<IPermitStore>(provider => provider.GetRequiredService<PostgresPermitStore>());
            services.AddHostedService<RateLimitBucketSweep>();
        }

        services.AddSingleton<SharedPermits>();
        return services;
    }
}
