using BrandContent.Storage;
using GraphQL;
using GraphQL.DataLoader;

namespace BrandContent.Api.GraphQL.DataLoading;

/// <summary>
/// What resolvers of one request share: the DbContext, one instant for "now" (so every object of an answer
/// is judged against the same publishing time) and the request's batch loaders.
/// </summary>
public sealed class DeliveryContext(BrandContentDb db, TimeProvider clock)
{
    private readonly Dictionary<string, object> loaders = [];

    public BrandContentDb Db { get; } = db;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    /// <summary>The request's loader called <paramref name="name"/>; created with <paramref name="fetch"/> on first use.</summary>
    public IDataLoaderResult<TValue?> Load<TKey, TValue>(
        string name, TKey key, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        if (!loaders.TryGetValue(name, out var loader))
        {
            loader = new BatchLoader<TKey, TValue>(fetch);
            loaders.Add(name, loader);
        }

        return ((BatchLoader<TKey, TValue>)loader).Load(key);
    }
}

public static class DeliveryContextAccess
{
    public static DeliveryContext Delivery(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DeliveryContext>();
}
