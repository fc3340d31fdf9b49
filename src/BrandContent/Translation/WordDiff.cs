using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DiffMatchPatch;

namespace BrandContent.Translation;

public enum DiffChange
{
    Equal,
    Inserted,
    Deleted,
}

/// <summary>A run of text that two versions share, or that only the new (inserted) or the old (deleted) one has.</summary>
public sealed record DiffRun(DiffChange Change, string Text);

/// <summary>
/// What changed between two versions of a text, word by word, for a translator: a word is a run of letters, digits
/// and their combining marks (Vietnamese tones stay on their letter), while Chinese characters, kana and Hangul
/// syllables count one each, since those scripts do not (or not always) put spaces between words. Both texts are
/// compared in NFC, so a precomposed and a decomposed "ắ" are the same word.
/// </summary>
public static class WordDiff
{
    // Beyond this many distinct words (a very long body), the texts are compared line by line.
    private const int MaxDistinctTokens = 60_000;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IReadOnlyList<DiffRun> Compare(string? before, string? after)
    {
        var (oldTokens, newTokens) = Split(before ?? "", after ?? "");

        // diff-match-patch compares strings: each distinct token becomes one character (its "line mode", for words).
        var codes = new Dictionary<string, char>(StringComparer.Ordinal);
        var table = new Dictionary<char, string>();
        var oldCodes = Encode(oldTokens, codes, table);
        var newCodes = Encode(newTokens, codes, table);
        var engine = new diff_match_patch { Diff_Timeout = 2f };
        var diffs = engine.diff_main(oldCodes, newCodes, false);
        engine.diff_cleanupSemantic(diffs);

        var runs = new List<DiffRun>();
        foreach (var diff in diffs)
        {
            var text = string.Concat(diff.text.Select(c => table[c]));
            var change = diff.operation switch
            {
                Operation.EQUAL => DiffChange.Equal,
                Operation.INSERT => DiffChange.Inserted,
                Operation.DELETE => DiffChange.Deleted,
                _ => throw new ArgumentOutOfRangeException(nameof(diff), diff.operation, "Unknown diff operation."),
            };
            if (text.Length == 0)
            {
                continue;
            }

            if (runs.Count > 0 && runs[^1].Change == change)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            }
            else
            {
                runs.Add(new DiffRun(change, text));
            }
        }

        return runs;
    }

    /// <summary>The runs as HTML: inserted text in <c>ins</c>, deleted text in <c>del</c>, every text encoded.</summary>
    public static string ToHtml(IEnumerable<DiffRun> runs)
    {
        var html = new StringBuilder();
        foreach (var run in runs)
        {
            var text = Encoder.Encode(run.Text);
            html.Append(run.Change switch
            {
                DiffChange.Inserted => $"<ins>{text}</ins>",
                DiffChange.Deleted => $"<del>{text}</del>",
                _ => text,
            });
        }

        return html.ToString();
    }

    /// <summary>Words, runs of white space, single CJK characters and single punctuation marks, in order; together the text.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var currentKind = TokenKind.Other;
        var elements = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormC));
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var kind = KindOf(element);
            if (current.Length > 0 && (kind != currentKind || kind is TokenKind.Ideograph or TokenKind.Other))
            {
                tokens.Add(current.ToString());
                current.Clear();
            }

            current.Append(element);
            currentKind = kind;
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static string Encode(IReadOnlyList<string> tokens, Dictionary<string, char> codes, Dictionary<char, string> table)
    {
        var encoded = new StringBuilder(tokens.Count);
        foreach (var token in tokens)
        {
            if (!codes.TryGetValue(token, out var code))
            {
                // From 1, skipping the surrogates: a lone surrogate is no character to the diff.
                var index = codes.Count + 1;
                code = (char)(index < 0xD800 ? index : index + 0x800);
                codes[token] = code;
                table[code] = token;
            }

            encoded.Append(code);
        }

        return encoded.ToString();
    }

    /// <summary>Words when there are few enough distinct ones to code, else lines, else each text whole.</summary>
    private static (IReadOnlyList<string> Old, IReadOnlyList<string> New) Split(string before, string after)
    {
        foreach (var split in new Func<string, IReadOnlyList<string>>[] { Tokens, Lines })
        {
            var (old, @new) = (split(before), split(after));
            if (old.Concat(@new).Distinct(StringComparer.Ordinal).Take(MaxDistinctTokens + 1).Count() <= MaxDistinctTokens)
            {
                return (old, @new);
            }
        }

        return ([before.Normalize(NormalizationForm.FormC)], [after.Normalize(NormalizationForm.FormC)]);
    }

    private static List<string> Lines(string text) =>
        [.. System.Text.RegularExpressions.Regex.Split(text.Normalize(NormalizationForm.FormC), "(?<=\n)").Where(line => line.Length > 0)];

    private enum TokenKind
    {
        Word,
        Space,
        Ideograph,
        Other,
    }

    private static TokenKind KindOf(string element)
    {
        var rune = Rune.GetRuneAt(element, 0);
        if (IsIdeographic(rune.Value))
        {
            return TokenKind.Ideograph;
        }

        if (Rune.IsWhiteSpace(rune))
        {
            return TokenKind.Space;
        }

        return Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? TokenKind.Word
            : TokenKind.Other;
    }

    private static bool IsIdeographic(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F) // Han
            or (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F) // kana
            or (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F); // Hangul
}
