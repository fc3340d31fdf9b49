namespace BrandContent.Api.Studio.Pages.Overview;

/// <summary>One segment of a bar: what it counts (a StudioText name and a CSS class) and how many.</summary>
public sealed record BarSegment(string Key, int Count);

/// <summary>
/// One market's two bars: the state of the translations in its first locale (what translators and reviewers act on),
/// and what its readers are served right now (in that locale, in a fallback locale of the chain, or nothing).
/// </summary>
public sealed record MarketCoverageBar(OverviewMarket Market, IReadOnlyList<BarSegment> Work, IReadOnlyList<BarSegment> Served)
{
    public const string Published = "published";
    public const string InReview = "in-review";
    public const string Draft = "draft";
    public const string Outdated = "outdated";
    public const string Missing = "missing";
    public const string ServedFirst = "served-first";
    public const string Fallback = "fallback";
    public const string NotServed = "not-served";

    /// <summary>The order of the legend and of the segments, left to right: done first.</summary>
    public static readonly string[] WorkKeys = [Published, InReview, Draft, Outdated, Missing];
    public static readonly string[] ServedKeys = [ServedFirst, Fallback, NotServed];

    /// <summary>The locale the translations are counted in: the market's first.</summary>
    public string Locale { get; init; } = "";

    public int WorkTotal => Work.Sum(s => s.Count);

    public int ServedTotal => Served.Sum(s => s.Count);

    public static MarketCoverageBar Of(OverviewMarket market, OverviewMarketCoverage coverage) => new(
        market,
        [
            new(Published, coverage.Published),
            // Approved waits for its publish: on the bar it is still review work, not yet what readers get.
            new(InReview, coverage.InReview + coverage.Approved),
            new(Draft, coverage.Draft),
            new(Outdated, coverage.Outdated),
            new(Missing, coverage.Missing),
        ],
        [new(ServedFirst, coverage.ServedInLocale), new(Fallback, coverage.ServedInFallback), new(NotServed, coverage.NotServed)])
    {
        Locale = coverage.Locale,
    };

    /// <summary>Where each segment starts and how wide it is, in percent of the bar.</summary>
    public static IEnumerable<(BarSegment Segment, double X, double Width)> Layout(IReadOnlyList<BarSegment> segments)
    {
        var total = segments.Sum(s => s.Count);
        var x = 0.0;
        foreach (var segment in segments.Where(s => s.Count > 0))
        {
            var width = total == 0 ? 0 : 100.0 * segment.Count / total;
            yield return (segment, x, width);
            x += width;
        }
    }
}
