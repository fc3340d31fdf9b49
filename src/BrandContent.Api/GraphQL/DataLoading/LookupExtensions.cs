namespace BrandContent.Api.GraphQL.DataLoading;

public static class LookupExtensions
{
    /// <summary>A lookup as the dictionary a batch loader returns: keys without rows simply have no entry.</summary>
    public static Dictionary<TKey, IReadOnlyList<TValue>> ToListDictionary<TKey, TValue>(this ILookup<TKey, TValue> lookup)
        where TKey : notnull =>
        lookup.ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.ToList());
}
