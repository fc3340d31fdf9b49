using System.Text.RegularExpressions;

namespace BrandContent.Channels;

/// <summary>A channel's code (<c>facebook</c>, <c>naver-blog</c>, <c>commune-radio</c>) in its one spelling: lower case, no surrounding space.</summary>
public static partial class ChannelCode
{
    public const int MaxLength = 40;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    /// <summary>The code as stored, for looking a channel up (<c>" Naver-Blog"</c> → <c>naver-blog</c>).</summary>
    public static string Normalize(string code) => code.Trim().ToLowerInvariant();

    /// <summary>Whether a normalized code may name a new channel: 2-40 lowercase letters, digits and single hyphens.</summary>
    public static bool IsWellFormed(string normalized) => normalized.Length is >= 2 and <= MaxLength && Pattern().IsMatch(normalized);
}
