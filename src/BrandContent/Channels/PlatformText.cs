using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BrandContent.Channels;

/// <summary>The length of a text the way a platform counts it (<see cref="TextCounting"/>).</summary>
public static partial class PlatformText
{
    // twitter-text v3 (github.com/twitter/twitter-text, config/v3.json and js/src/parseTweet.js): scale 100, default
    // weight 200, weight 100 for the code point ranges below, every URL counts transformedURLLength = 23, an emoji
    // (a whole ZWJ sequence, flag or keycap) counts the default weight once, and the text is NFC-normalized first.
    private const int Scale = 100;
    private const int DefaultWeight = 200;
    private const int TransformedUrlLength = 23;

    private static readonly (int Start, int End)[] LightRanges = [(0, 4351), (8192, 8205), (8208, 8223), (8242, 8247)];

    // twitter-text also finds scheme-less URLs ("example.com") through its list of top-level domains; a post's text
    // names its links with a scheme (and the link itself is a separate field), so http(s):// and www. are enough here.
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+?(?=[.,;:!?)\]'""]*(?:\s|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    public static int Length(string text, TextCounting counting) => counting switch
    {
        TextCounting.Graphemes => Graphemes(text),
        TextCounting.XWeighted => XWeighted(text),
        _ => throw new ArgumentOutOfRangeException(nameof(counting), counting, "Unknown text counting."),
    };

    /// <summary>User-perceived characters: "Chư Đăng Ya" counts 11 whether its marks are combining or precomposed; a family emoji counts 1.</summary>
    public static int Graphemes(string text) => new StringInfo(text.Normalize(NormalizationForm.FormC)).LengthInTextElements;

    /// <summary>X's weighted length: what X shows as "280 characters".</summary>
    public static int XWeighted(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var weight = 0L;
        var position = 0;
        foreach (Match url in Url().Matches(normalized))
        {
            weight += Weigh(normalized.AsSpan(position, url.Index - position)) + (TransformedUrlLength * Scale);
            position = url.Index + url.Length;
        }

        weight += Weigh(normalized.AsSpan(position));
        return (int)Math.Min(int.MaxValue, weight / Scale);
    }

    private static long Weigh(ReadOnlySpan<char> text)
    {
        var weight = 0L;
        var elements = StringInfo.GetTextElementEnumerator(text.ToString());
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (IsEmoji(element))
            {
                weight += DefaultWeight;
                continue;
            }

            foreach (var rune in element.EnumerateRunes())
            {
                weight += Weight(rune.Value);
            }
        }

        return weight;
    }

    private static int Weight(int codePoint) =>
        LightRanges.Any(r => codePoint >= r.Start && codePoint <= r.End) ? Scale : DefaultWeight;

    // Stands in for twitter-text's emoji regular expression: a pictograph from the supplementary planes, or a cluster
    // modified the way only emoji are (variation selector 16, keycap, skin tone, regional indicator, tag), or a ZWJ
    // sequence with a pictograph in it (a ZWJ alone also joins Indic letters, which count per code point).
    private static bool IsEmoji(string element)
    {
        var runes = element.EnumerateRunes().Select(r => r.Value).ToList();
        return runes[0] is >= 0x1F000 and <= 0x1FAFF
            || (runes.Count > 1 && runes.Any(r => r is 0xFE0F or 0x20E3 or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0x1F1E6 and <= 0x1F1FF) or (>= 0xE0020 and <= 0xE007F)))
            || (runes.Contains(0x200D) && runes.Any(r => r >= 0x1F000));
    }
}
