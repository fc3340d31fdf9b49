namespace BrandContent.Api.GraphQL.PersistedQueries;

/// <summary>Persisted queries (section <c>BrandContent:PersistedQueries</c>).</summary>
public sealed record PersistedQueryOptions
{
    public const string Section = "BrandContent:PersistedQueries";

    /// <summary>Public and partner callers may run only documents an editor or administrator registered.</summary>
    public bool AllowlistOnly { get; init; }

    /// <summary>Persisted documents each server keeps in memory in front of the database.</summary>
    public int CacheSize { get; init; } = 1000;
}
