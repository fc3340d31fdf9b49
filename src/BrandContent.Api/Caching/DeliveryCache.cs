using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using BrandContent.Api.Access;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Caching;

/// <summary>
/// Published answers kept as their serialized bytes in ASP.NET Core's output-cache store (in memory, or Redis when
/// configured, shared by every server), tagged with what they cover so a change evicts exactly them. The key is the
/// request as sent (body or query string), the media type and language answered in, and the caller's role and
/// scope: two callers who may see different things never share an entry. See docs/architecture.md, "Caching".
/// </summary>
public sealed class DeliveryCache(DeliveryCacheStore store, IOptions<DeliveryCacheOptions> options, CacheGenerations generations, GraphQLCacheMetrics metrics)
{
    /// <summary>Redis takes expiries in whole milliseconds; an answer about to change is not worth keeping anyway.</summary>
    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromMilliseconds(1);

    private const string KeyPrefix = "bc:";
    private const string KeyVersion = "v1\n";

    /// <summary>Requests up to this size are copied next to the rest of the key and hashed in one call.</summary>
    private const int CopiedUpTo = 16 * 1024;

    private readonly DeliveryCacheOptions settings = options.Value;

    /// <summary>
    /// Answers decoded from the stored arrays they came from: the in-memory store hands out the array it keeps, so each
    /// entry is decoded once, not on every hit (an entry goes when its array does).
    /// </summary>
    private readonly ConditionalWeakTable<byte[], CachedAnswer> decoded = [];

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

        // Who asks and how, then the request as sent, hashed from one pooled buffer (a large request, an import, is hashed
        // where it is): the key is the only string made.
        var fingerprint = caller.Fingerprint;
        var culture = CultureInfo.CurrentUICulture.Name;
        var prefixBytes = Encoding.UTF8.GetMaxByteCount(KeyVersion.Length + fingerprint.Length + mediaType.Length + culture.Length + 3);
        var copied = request.Length <= CopiedUpTo;
        var buffer = ArrayPool<byte>.Shared.Rent(prefixBytes + (copied ? request.Length : 0));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        try
        {
            if (!Utf8.TryWrite(buffer, $"{KeyVersion}{fingerprint}\n{mediaType}\n{culture}\n", out var written))
            {
                throw new InvalidOperationException("The cache key's buffer is too small.");
            }

            if (copied)
            {
                request.CopyTo(buffer.AsSpan(written));
                SHA256.HashData(buffer.AsSpan(0, written + request.Length), hash);
            }
            else
            {
                using var incremental = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                incremental.AppendData(buffer.AsSpan(0, written));
                incremental.AppendData(request);
                incremental.GetHashAndReset(hash);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Span<char> key = stackalloc char[KeyPrefix.Length + (2 * SHA256.HashSizeInBytes)];
        KeyPrefix.CopyTo(key);
        Convert.TryToHexString(hash, key[KeyPrefix.Length..], out _);
        return new string(key);
    }

    public async ValueTask<CachedAnswer?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await store.GetAsync(key, cancellationToken);
        var answer = bytes is null ? null : Decode(bytes);
        metrics.Lookup(answer is not null);
        return answer;
    }

    /// <summary>Keeps an answer, unless a change to what it covers was heard since the read started (it may hold the old data).</summary>
    public async ValueTask StoreAsync(string key, CachedAnswer answer, AnswerScope scope, TimeSpan lifetime, long started, CancellationToken cancellationToken)
    {
        var tags = scope.Tags.ToArray();
        if (answer.Body.Length > settings.MaxAnswerBytes || lifetime < MinimumLifetime || !generations.Unchanged(started, tags)
            || !await store.SetAsync(key, answer.ToBytes(), tags, lifetime, cancellationToken))
        {
            metrics.Skipped();
            return;
        }

        // A change heard while the entry was being written may have been evicted before it landed: by this process, or
        // (with a shared store) first by another one whose eviction ran before this write. So the check is made again
        // after the write, and what changed is evicted again. Nothing slips between: this process hears every change
        // (or flushes everything when it may have missed some), and bumps the generation before it evicts; either this
        // check sees the bump, or the bump, and the eviction after it, come after this write (one connection keeps
        // its commands in order). Another process may serve the entry meanwhile, no longer than a change takes to reach
        // this one.
        var changed = generations.ChangedSince(started, tags);
        foreach (var tag in changed)
        {
            await store.EvictAsync(tag, cancellationToken);
        }

        if (changed.Count > 0)
        {
            metrics.Skipped();
            return;
        }

        metrics.Stored();
    }

    public ValueTask EvictAsync(string tag, CancellationToken cancellationToken) => store.EvictAsync(tag, cancellationToken);

    private CachedAnswer? Decode(byte[] bytes)
    {
        if (decoded.TryGetValue(bytes, out var known))
        {
            return known;
        }

        var answer = CachedAnswer.FromBytes(bytes);
        if (answer is not null)
        {
            decoded.AddOrUpdate(bytes, answer);
        }

        return answer;
    }
}
