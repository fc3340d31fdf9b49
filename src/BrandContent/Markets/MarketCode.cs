using System.Text.RegularExpressions;

namespace BrandContent.Markets;

/// <summary>A market's code (<c>KR</c>, <c>ASEAN</c>, <c>EU-DE</c>) in its one spelling: upper case, no surrounding space.</summary>
public static partial class MarketCode
{
    public const int MaxLength = 16;

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]{1,15}$")]
    private static partial Regex Pattern();

    /// <summary>The code as stored, for looking a market up (<c>" kr"</c> → <c>KR</c>).</summary>
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <summary>Whether a normalized code may name a new market: 2-16 letters, digits, - or _.</summary>
    public static bool IsWellFormed(string normalized) => Pattern().IsMatch(normalized);
}
