using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BrandContent.Api.Access;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Caching;

/// <summary>
/// Published answers kept as their serialized bytes in ASP.NET Core's output-cache store (in memory, or Redis when
/// configured, shared by every server), tagged with what they cover so a change evicts exactly them. The key is the
/// request as sent (body or query string), the media type and language answered in, and the caller's role and
/// scope: two callers who may see different things never share an entry. See docs/architecture.md, "Caching".
/// </summary>
public sealed class DeliveryCache(IOutputCacheStore store, IOptions<DeliveryCacheOptions> options, CacheGenerations generations, GraphQLCacheMetrics metrics)
{
    private readonly DeliveryCacheOptions settings = options.Value;

    public bool Enabled => settings.Enabled;

    /// <summary>The generation a read starts at (<see cref="CacheGenerations"/>).</summary>
    public long Generation => generations.Current;

    /// <summary>The entry key of a request, or null when its answer is never kept (cache off, or a caller without a valid key or anonymous role).</summary>
    public string? KeyOf(Caller caller, string mediaType, ReadOnlySpan<byte> request)
    {
        if (!settings.Enabled || !caller.IsIdentified)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"v1\n{caller.Fingerprint}\n{mediaType}\n{CultureInfo.CurrentUICulture.Name}\n"));
        hash.AppendData(request);
        return "bc:" + Convert.ToHexString(hash.GetHashAndReset());
    }

    public async ValueTask<CachedAnswer?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await store.GetAsync(key, cancellationToken);
        var answer = bytes is null ? null : CachedAnswer.FromBytes(bytes);
        metrics.Lookup(answer is not null);
        return answer;
    }

    /// <summary>Keeps an answer, unless a change to what it covers was heard since the read started (it may hold the old data).</summary>
    public async ValueTask StoreAsync(string key, CachedAnswer answer, AnswerScope scope, TimeSpan lifetime, long started, CancellationToken cancellationToken)
    {
        var tags = scope.Tags.ToArray();
        if (answer.Body.Length > settings.MaxAnswerBytes || lifetime <= TimeSpan.Zero || !generations.Unchanged(started, tags))
        {
            metrics.Skipped();
            return;
        }

        await store.SetAsync(key, answer.ToBytes(), tags, lifetime, cancellationToken);
        metrics.Stored();
    }

    public ValueTask EvictAsync(string tag, CancellationToken cancellationToken) => store.EvictByTagAsync(tag, cancellationToken);
}
