using GraphQL.DataLoader;

namespace BrandContent.Api.GraphQL.DataLoading;

public static class DataLoaderLists
{
    /// <summary>
    /// The values of several batched loads as one list, in order, without those that came back empty (an asset whose
    /// rights expired, a pillar with nothing in the chain). Every key is registered before the first is awaited, so the
    /// whole list, and those of its siblings, is fetched in one batch.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> AllFound<T>(this IEnumerable<IDataLoaderResult<T?>> results)
        where T : class =>
        new Found<T>([.. results]);

    private sealed class Found<T>(IReadOnlyList<IDataLoaderResult<T?>> results) : IDataLoaderResult<IReadOnlyList<T>>
        where T : class
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
            {
                if (await result.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
