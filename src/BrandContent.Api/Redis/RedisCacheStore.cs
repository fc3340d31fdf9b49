using BrandContent.Api.Caching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BrandContent.Api.Redis;

public static class RedisCacheStore
{
    /// <summary>Starts the keys of cached answers, after <see cref="RedisOptions.InstanceName"/>.</summary>
    public const string KeyPrefix = "cache:";

    /// <summary>
    /// The response cache's store on the shared Redis (ASP.NET Core's Redis output-cache store), instead of each
    /// process's memory: an answer one process computed is served by all. It shares the process's one connection, whose
    /// short timeouts make a Redis that does not answer a miss (<see cref="DeliveryCacheStore"/>); a broken connection
    /// is reported to that store, which then removes what it wrote just before (its tags may not have arrived).
    /// </summary>
    public static IServiceCollection AddRedisCacheStore(this IServiceCollection services)
    {
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider, IOptions<RedisOptions>>((cache, provider, redis) =>
        {
            cache.InstanceName = redis.Value.InstanceName + KeyPrefix;

            // Called once, on the store's first use: the connection is made then, not at start.
            cache.ConnectionMultiplexerFactory = () =>
            {
                var connection = provider.GetRequiredService<IConnectionMultiplexer>();
                var store = provider.GetRequiredService<DeliveryCacheStore>();
                connection.ConnectionFailed += (_, failure) =>
                {
                    if (failure.ConnectionType == ConnectionType.Interactive)
                    {
                        store.ConnectionLost();
                    }
                };
                return Task.FromResult(connection);
            };
        });
        return services;
    }
}
