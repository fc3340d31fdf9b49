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

    /// <summary>
    /// A text of more words than this is looked up in the index by its rarest this many words only (by the planner's
    /// statistics of the stories' vectors), and every candidate is then checked against all its words: GIN reads every
    /// posting list of a scan, so five common words cost five times one, while two rare ones already narrow the
    /// candidates to a few thousand. The result is the same; only the sample of a common text differs.
    /// </summary>
    public int IndexScanWords { get; init; } = 2;
}
