using System.Globalization;
using System.Text;

namespace BrandContent.Search;

/// <summary>
/// What a caller typed, checked and split the way the index is built: the words (searched through each language's
/// text search configuration) and the CJK runs (searched as phrases of adjacent character pairs). Everything typed is
/// data: the words go through <c>plainto_tsquery</c>, which knows no operators, and the CJK phrase holds only CJK
/// characters, so neither tsquery syntax nor LIKE wildcards can reach the database as syntax.
/// </summary>
public sealed record SearchText
{
    public const int MinLength = 2;
    public const int MaxLength = 200;

    private SearchText(string text, string words, IReadOnlyList<string> cjkRuns)
    {
        Text = text;
        Words = words;
        CjkRuns = cjkRuns;
    }

    /// <summary>The text as typed, trimmed.</summary>
    public string Text { get; }

    /// <summary>The text with its CJK characters taken out (empty when it has none besides them).</summary>
    public string Words { get; }

    /// <summary>Runs of two or more CJK characters; a single CJK character between other words is not searched for.</summary>
    public IReadOnlyList<string> CjkRuns { get; }

    /// <summary>Each run as a phrase of its adjacent pairs (<c>'向日' &lt;-&gt; '日葵'</c>), all runs required; empty without runs.</summary>
    public string CjkQuery => string.Join(" & ", CjkRuns.Select(run =>
        "(" + string.Join(" <-> ", Enumerable.Range(0, run.Length - 1).Select(i => $"'{run.Substring(i, 2)}'")) + ")"));

    /// <summary>A short fingerprint of the text, so a cursor of one search is refused by another.</summary>
    public string Fingerprint => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text)))[..12];

    public static SearchText Parse(string? typed)
    {
        typed ??= "";
        foreach (var c in typed.Where(char.IsControl))
        {
            throw new BrandContentException(ErrorCode.SearchTextControlCharacter, $"U+{(int)c:X4}");
        }

        var text = typed.Trim();

        var length = new StringInfo(text).LengthInTextElements;
        if (length < MinLength)
        {
            throw new BrandContentException(ErrorCode.SearchTextTooShort, MinLength);
        }

        if (length > MaxLength)
        {
            throw new BrandContentException(ErrorCode.SearchTextTooLong, length, MaxLength);
        }

        var words = new string(text.Select(c => CjkScript.Contains(c) ? ' ' : c).ToArray()).Trim();
        return new SearchText(text, words, CjkScript.Runs(text));
    }
}
