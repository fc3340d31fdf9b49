using GraphQL.DataLoader;

namespace BrandContent.Api.GraphQL.DataLoading;

/// <summary>
/// Collects the keys asked for while one level of the query is resolved, then fetches them in one call when
/// the execution strategy first awaits a result. Lives for one request; not thread-safe, which is why queries
/// run with the serial execution strategy on one DbContext.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly HashSet<TKey> pending = [];
    private readonly Dictionary<TKey, TValue?> loaded = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key))
        {
            pending.Add(key);
        }

        return new Result(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!loaded.ContainsKey(key) && pending.Count > 0)
        {
            var batch = pending.ToArray();
            pending.Clear();
            var values = await fetch(batch, cancellationToken);
            foreach (var k in batch)
            {
                loaded[k] = values.TryGetValue(k, out var value) ? value : default;
            }
        }

        return loaded.GetValueOrDefault(key);
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
