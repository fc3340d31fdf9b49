namespace BrandContent.Search;

/// <summary>
/// The characters searched by substring rather than by word: Han, kana and hangul. PostgreSQL has no word splitting
/// for them, so the index holds every pair of adjacent ones (the migration's <c>bc_search_bigrams</c> uses the same ranges).
/// </summary>
public static class CjkScript
{
    private static readonly (char First, char Last)[] Ranges =
    [
        ('\u1100', '\u11FF'), // hangul jamo
        ('\u3040', '\u30FF'), // hiragana, katakana
        ('\u3130', '\u318F'), // hangul compatibility jamo
        ('\u3400', '\u4DBF'), // CJK extension A
        ('\u4E00', '\u9FFF'), // CJK unified ideographs
        ('\uAC00', '\uD7AF'), // hangul syllables
        ('\uF900', '\uFAFF'), // CJK compatibility ideographs
        ('\uFF66', '\uFF9F'), // half-width katakana
    ];

    public static bool Contains(char c)
    {
        foreach (var (first, last) in Ranges)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The runs of two or more CJK characters in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Runs(string text)
    {
        var runs = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && Contains(text[i]);
            if (inside && start < 0)
            {
                start = i;
            }
            else if (!inside && start >= 0)
            {
                if (i - start >= 2)
                {
                    runs.Add(text[start..i]);
                }

                start = -1;
            }
        }

        return runs;
    }
}
