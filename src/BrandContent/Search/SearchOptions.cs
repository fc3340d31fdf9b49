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

    /// <summary>
    /// When a text matches more live variants of a kind than this, the index hands over a random sample of about this
    /// many (PostgreSQL's <c>gin_fuzzy_search_limit</c>): a common word then costs what a rare one does, and pages of
    /// such a search are samples, which may differ from one request to the next.
    /// </summary>
    public int IndexSampleSize { get; init; } = 2000;
}
