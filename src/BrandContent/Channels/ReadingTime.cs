using System.Globalization;
using System.Text;

namespace BrandContent.Channels;

/// <summary>How long an announcer takes to read a text aloud, for radio scripts (<see cref="ChannelRules.MaxReadingSeconds"/>).</summary>
/// <remarks>
/// The rates are assumptions for a clear, unhurried broadcast read, not measurements: about 150 words a minute for
/// languages written with spaces between words (the usual figure for English radio news); 180 syllables a minute for
/// Vietnamese (each space-separated token is a syllable; commune loudspeakers are read slowly for outdoor listening);
/// 300 characters a minute for Japanese and Chinese (the "1 minute, 300 characters" rule of thumb for NHK-style
/// reading) and 300 syllables (Hangul blocks) a minute for Korean. Latin words inside CJK text count as one unit each.
/// </remarks>
public static class ReadingTime
{
    public const int WordsPerMinute = 150;
    public const int VietnameseSyllablesPerMinute = 180;
    public const int CjkCharactersPerMinute = 300;

    /// <summary>Whole seconds, rounded up; 0 for empty text.</summary>
    public static int Estimate(string locale, string text)
    {
        var language = locale.Split('-')[0].ToLowerInvariant();
        var normalized = text.Normalize(NormalizationForm.FormC);
        var (units, perMinute) = language switch
        {
            "ja" or "zh" or "ko" => (CjkUnits(normalized), CjkCharactersPerMinute),
            "vi" => (Words(normalized), VietnameseSyllablesPerMinute),
            _ => (Words(normalized), WordsPerMinute),
        };
        return (int)Math.Ceiling(units * 60.0 / perMinute);
    }

    // A token with at least one letter or digit; "—" or "..." alone is not read as a word.
    private static int Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(t => t.Any(char.IsLetterOrDigit));

    private static int CjkUnits(string text)
    {
        var units = 0;
        var inWord = false;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var rune = ((string)elements.Current).EnumerateRunes().First();
            if (IsCjk(rune.Value))
            {
                units++;
                inWord = false;
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                units += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return units;
    }

    // Han, kana, Hangul syllables and jamo, and CJK compatibility ideographs: each is read as one syllable.
    private static bool IsCjk(int codePoint) => codePoint is (>= 0x1100 and <= 0x11FF) or (>= 0x3040 and <= 0x30FF)
        or (>= 0x3130 and <= 0x318F) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF)
        or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);
}
