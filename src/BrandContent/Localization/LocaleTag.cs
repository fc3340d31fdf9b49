using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace BrandContent.Localization;

/// <summary>A BCP 47 language tag in its canonical case (<c>zh-Hant-TW</c>, <c>en-GB</c>, <c>vi</c>).</summary>
/// <remarks>Free-form on purpose: any well-formed tag is accepted, not only a fixed list (docs/architecture.md, "Locales").</remarks>
public static partial class LocaleTag
{
    public const int MaxLength = 35;

    // RFC 5646 langtag (without grandfathered tags): language, script, region, variants, extensions, private use.
    [GeneratedRegex(
        @"^([A-Za-z]{2,3}(-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+)*(-[xX](-[A-Za-z0-9]{1,8})+)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryNormalize(string? value, [NotNullWhen(true)] out string? tag)
    {
        tag = null;
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            return false;
        }

        var match = Pattern().Match(value.Trim().Replace('_', '-'));
        if (!match.Success)
        {
            return false;
        }

        // RFC 5646 2.1.1: scripts in title case, regions in upper case, all else lower; nothing after a singleton.
        var subtags = match.Value.Split('-');
        var afterSingleton = false;
        for (var i = 0; i < subtags.Length; i++)
        {
            var part = subtags[i].ToLowerInvariant();
            afterSingleton |= part.Length == 1;
            subtags[i] = i == 0 || afterSingleton ? part : part.Length switch
            {
                4 => char.ToUpperInvariant(part[0]) + part[1..],
                2 => part.ToUpperInvariant(),
                _ => part,
            };
        }

        tag = string.Join('-', subtags);
        return true;
    }

    /// <summary>
    /// The tag, then its lookup truncations (RFC 4647, 3.4): <c>zh-Hant-TW</c>, <c>zh-Hant</c>, <c>zh</c>. A subtag left
    /// at the end alone (a singleton such as <c>x</c>) goes with the subtag it introduced: <c>en-US-x-twain</c>, <c>en-US</c>, <c>en</c>.
    /// </summary>
    public static IEnumerable<string> Lookup(string tag)
    {
        yield return tag;
        for (var current = tag; current.LastIndexOf('-') is var cut and > 0;)
        {
            current = current[..cut];
            if (current.Length > 2 && current[^2] == '-')
            {
                current = current[..^2];
            }

            yield return current;
        }
    }

    /// <summary>The canonical tag, or a <see cref="BrandContentException"/> naming the bad value.</summary>
    public static string Normalize(string value) =>
        TryNormalize(value, out var tag) ? tag : throw new BrandContentException(ErrorCode.InvalidLocale, value);
}
