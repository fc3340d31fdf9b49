using BrandContent.PersistedQueries;
using BrandContent.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.PersistedQueries;

/// <summary>
/// This server's copy of stored documents, in front of the shared table. A document never changes under its hash
/// and allowlisting is never undone, so only a cached "not allowlisted" can be stale: it is read again when it matters.
/// </summary>
public sealed class PersistedQueryCache(IOptions<PersistedQueryOptions> options) : IDisposable
{
    private readonly MemoryCache entries = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheSize });

    public async Task<PersistedQuery?> FindAsync(BrandContentDb db, string hash, bool needAllowlisted, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(hash, out PersistedQuery? cached) && (cached!.Allowlisted || !needAllowlisted))
        {
            return cached;
        }

        var stored = await db.FindPersistedQueryAsync(hash, cancellationToken);
        if (stored is not null)
        {
            Remember(stored);
        }

        return stored;
    }

    public void Remember(PersistedQuery query) =>
        entries.Set(query.Hash, query, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => entries.Dispose();
}
