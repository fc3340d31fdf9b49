using System.Globalization;
using BrandContent.Limits;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BrandContent.Api.Redis;

/// <summary>
/// The buckets in Redis: one script per lease, run atomically by Redis on its own clock, the same arithmetic as
/// <see cref="PostgresPermitStore"/>. A key expires when its bucket would be full again, the same as no key.
/// </summary>
public sealed class RedisPermitStore(IConnectionMultiplexer redis, IOptions<RedisOptions> options) : IPermitStore
{
    private const string Take = """
        local limit, perSecond, wanted, returned = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local available = limit
        if state[1] then
          available = math.min(limit, tonumber(state[1]) + returned + math.max(0, now - tonumber(state[2])) * perSecond)
        end
        local granted = math.min(wanted, math.floor(available))
        local left = available - granted
        redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', left), 'at', string.format('%.17g', now))
        redis.call('PEXPIRE', KEYS[1], math.ceil((limit - left) / perSecond * 1000) + 1)
        return { granted, string.format('%.17g', left) }
        """;

    /// <summary>Starts the keys of the buckets, after <see cref="RedisOptions.InstanceName"/>.</summary>
    public const string KeyPrefix = "ratelimit:";

    private readonly string prefix = options.Value.InstanceName + KeyPrefix;

    public async Task<PermitGrant> TakeAsync(PermitBucket bucket, int wanted, int returned, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            Take, [prefix + bucket.Key], [bucket.Limit, bucket.PerSecond, wanted, returned]))!;
        return new PermitGrant((int)result[0], double.Parse((string)result[1]!, CultureInfo.InvariantCulture));
    }
}
