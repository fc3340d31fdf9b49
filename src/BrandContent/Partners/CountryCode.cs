using System.Text.RegularExpressions;

namespace BrandContent.Partners;

/// <summary>A country as ISO 3166-1 alpha-2 (<c>JP</c>, <c>FR</c>) in its one spelling: upper case, no surrounding space.</summary>
public static partial class CountryCode
{
    public const int Length = 2;

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Pattern();

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <summary>Whether a normalized code has the shape of an alpha-2 code (two letters A-Z).</summary>
    public static bool IsWellFormed(string normalized) => Pattern().IsMatch(normalized);
}
