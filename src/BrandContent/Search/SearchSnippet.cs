using System.Text;

namespace BrandContent.Search;

/// <summary>
/// The snippet of a hit as HTML: every character of the stored text escaped, matches in <c>&lt;mark&gt;</c>. Words are
/// marked by ts_headline (on text escaped in SQL); CJK runs, which ts_headline cannot find, are marked here.
/// </summary>
public static class SearchSnippet
{
    private const int Before = 40;
    private const int After = 100;

    /// <param name="headline">ts_headline's fragments: escaped HTML with <see cref="SearchStatement.MarkStart"/>/<see cref="SearchStatement.MarkStop"/> around matches.</param>
    /// <param name="text">What was searched for.</param>
    /// <param name="texts">The served variant's texts, for a snippet around a CJK match.</param>
    public static string Of(string headline, SearchText text, IEnumerable<string?> texts)
    {
        var all = string.Join(' ', texts.Where(t => !string.IsNullOrEmpty(t)));
        if (!headline.Contains(SearchStatement.MarkStart, StringComparison.Ordinal) && text.CjkRuns.Count > 0 && AroundCjk(all, text.CjkRuns) is { } cut)
        {
            headline = cut;
        }
        else if (headline.Length == 0)
        {
            headline = Escape(all.Length > After ? all[..After] + " …" : all);
        }

        foreach (var run in text.CjkRuns)
        {
            // A run is CJK characters only, so it cannot meet an escape sequence or a mark.
            headline = headline.Replace(run, $"{SearchStatement.MarkStart}{run}{SearchStatement.MarkStop}", StringComparison.Ordinal);
        }

        return headline.Trim()
            .Replace($"{SearchStatement.MarkStop}{SearchStatement.MarkStart}", "", StringComparison.Ordinal)
            .Replace(SearchStatement.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(SearchStatement.MarkStop.ToString(), "</mark>", StringComparison.Ordinal);
    }

    /// <summary>Escapes what HTML gives a meaning to, as the search statement does before ts_headline.</summary>
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                SearchStatement.MarkStart or SearchStatement.MarkStop => "",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    private static string? AroundCjk(string all, IReadOnlyList<string> runs)
    {
        var found = runs.Select(r => all.IndexOf(r, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (found < 0)
        {
            return null;
        }

        var start = Math.Max(0, found - Before);
        var end = Math.Min(all.Length, found + After);
        if (start > 0 && char.IsLowSurrogate(all[start]))
        {
            start--;
        }

        if (end < all.Length && char.IsLowSurrogate(all[end]))
        {
            end++;
        }

        return (start > 0 ? "… " : "") + Escape(all[start..end]) + (end < all.Length ? " …" : "");
    }
}
