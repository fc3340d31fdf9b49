namespace BrandContent.Search;

/// <summary>How search ranks (section <c>BrandContent:Search</c>).</summary>
public sealed record SearchOptions
{
    public const string Section = "BrandContent:Search";

    /// <summary>
    /// At most this many matches per kind are ranked: a word found in most of 100,000 stories would otherwise rank
    /// them all on every request. Hits beyond them are not served; a more precise text finds them.
    /// </summary>
    public int CandidatesPerKind { get; init; } = 200;
}
