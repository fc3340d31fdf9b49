namespace BrandContent.Search;

/// <summary>How search ranks (section <c>BrandContent:Search</c>).</summary>
public sealed record SearchOptions
{
    public const string Section = "BrandContent:Search";

    /// <summary>
    /// At most this many matches per kind (and per text search configuration of the chain) are ranked, or a page
    /// and one more when <c>first</c> asks for more: a word found in most of 100,000 stories would otherwise rank them
    /// all on every request, and each candidate costs a few page reads (its row, its vector, its entity). Hits beyond
    /// them are not served; a more precise text finds them.
    /// </summary>
    public int CandidatesPerKind { get; init; } = 100;

    /// <summary>
    /// When every word of a text matches more live variants of a kind than about this many times the number of words,
    /// the index hands over a random sample (PostgreSQL's <c>gin_fuzzy_search_limit</c>, set to this times the number
    /// of words and CJK character pairs, up to 16): a common word then costs what a rare one does, and pages of such a
    /// search are samples, which may differ from one request to the next.
    /// </summary>
    public int IndexSampleSize { get; init; } = 2000;
}
