using BrandContent.Api.Health;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BrandContent.Api.Redis;

/// <summary>
/// Redis, when <c>ConnectionStrings:Redis</c> is set: one <see cref="IConnectionMultiplexer"/> for the process (made on
/// first use, reconnecting by itself), a readiness check, and <see cref="IsRedisConfigured"/> for features that put
/// their shared state there (the rate limits' buckets, the response cache).
/// </summary>
public static class RedisRegistration
{
    public const string ConnectionStringName = "Redis";

    /// <summary>A request never waits longer than this for Redis: a process that cannot reach it goes on without it.</summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(1);

    public static bool IsRedisConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    public static IHostApplicationBuilder AddBrandContentRedis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.Section)
            .Validate(o => !string.IsNullOrEmpty(o.InstanceName), $"{RedisOptions.Section}:InstanceName must not be empty.")
            .ValidateOnStart();
        if (!builder.Configuration.IsRedisConfigured())
        {
            return builder;
        }

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)!;
        var options = ConnectionOptions(connectionString);
        builder.Services.AddSingleton<IConnectionMultiplexer>(services =>
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RedisRegistration));
            var redis = ConnectionMultiplexer.Connect(options);
            if (!redis.IsConnected)
            {
                logger.LogWarning("Redis at {Endpoints} is not reachable yet; going on without it and reconnecting", string.Join(", ", options.EndPoints));
            }

            return redis;
        });
        builder.Services.AddHealthChecks()
            .AddCheck<RedisReachable>(RedisReachable.Name, tags: [HealthRegistration.ReadyTag], timeout: ConnectTimeout);
        return builder;
    }

    /// <summary>
    /// The connection string's own settings, with defaults for a process that must not wait on Redis: no failure at
    /// start when it is down, short timeouts, and commands failing at once while disconnected instead of queueing.
    /// </summary>
    private static ConfigurationOptions ConnectionOptions(string connectionString)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new OptionsValidationException(
                $"ConnectionStrings:{ConnectionStringName}", typeof(ConfigurationOptions), [$"ConnectionStrings:{ConnectionStringName} is not a Redis connection string: {e.Message}"]);
        }

        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        if (!Mentions(connectionString, "connectTimeout"))
        {
            options.ConnectTimeout = (int)ConnectTimeout.TotalMilliseconds;
        }

        if (!Mentions(connectionString, "asyncTimeout"))
        {
            options.AsyncTimeout = (int)CommandTimeout.TotalMilliseconds;
        }

        if (!Mentions(connectionString, "syncTimeout"))
        {
            options.SyncTimeout = (int)CommandTimeout.TotalMilliseconds;
        }

        return options;
    }

    private static bool Mentions(string connectionString, string setting) =>
        connectionString.Contains(setting + "=", StringComparison.OrdinalIgnoreCase);
}
