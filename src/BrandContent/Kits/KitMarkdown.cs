using System.Text;

namespace BrandContent.Kits;

/// <summary>
/// <c>brand/{locale}.md</c>: the brand's name, slogan, tone of voice and usage rules (do, don't) in one locale, as delivery
/// serves them (a fallback says which locale it came from). Editors' text is escaped: it reads as typed, never as markup.
/// </summary>
public static class KitMarkdown
{
    public const string MediaType = "text/markdown; charset=utf-8";

    public static byte[] Write(KitLocale locale)
    {
        var variant = locale.Identity.Variant;
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(variant.Name)).Append(" (").Append(locale.Locale).Append(")\n\n");
        if (locale.Identity.IsFallback)
        {
            md.Append("> No published identity text in `").Append(locale.Locale).Append("`: this is the `").Append(variant.Locale).Append("` text (fallback).\n\n");
        }

        if (variant.Slogan is { Length: > 0 } slogan)
        {
            md.Append("*").Append(Escape(slogan)).Append("*\n\n");
        }

        md.Append("## Tone of voice\n\n").Append(Paragraphs(variant.ToneOfVoice) is { Length: > 0 } tone ? tone : "(none given)").Append("\n\n");
        md.Append("## Usage rules\n\n### Do\n\n");
        List(md, variant.UsageDo);
        md.Append("### Don't\n\n");
        List(md, variant.UsageDont);
        return Encoding.UTF8.GetBytes(md.ToString());
    }

    /// <summary>Plain text whose lines become paragraphs.</summary>
    private static string Paragraphs(string? text) =>
        string.Join("\n\n", (text ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Escape));

    private static void List(StringBuilder md, IReadOnlyList<string> rules)
    {
        if (rules.Count == 0)
        {
            md.Append("(none given)\n\n");
            return;
        }

        foreach (var rule in rules)
        {
            md.Append("- ").Append(Escape(rule)).Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>Punctuation that is Markdown anywhere in a line: emphasis, code, links, HTML, tables, strike-through, entities.</summary>
    private const string Inline = "\\`*_[]<>|~&";

    /// <summary>Punctuation that is Markdown at the start of a line: headings, lists, block quotes, setext underlines.</summary>
    private const string LineStart = "#+-=>";

    /// <summary>
    /// Editors' text as literal Markdown (CommonMark backslash escapes, 2.4): the inline marks everywhere, block marks at
    /// the start, and the '.' or ')' of a leading number (an ordered list); line breaks and other controls become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        // Indented by up to three spaces, a mark still starts a block: the text starts at its first character.
        text = text.TrimStart();
        var escaped = new StringBuilder(text.Length);
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.IsControl(text[i]) ? ' ' : text[i];
            var ordered = digits == i && i > 0 && c is '.' or ')';
            if (Inline.Contains(c) || (i == 0 && LineStart.Contains(c)) || ordered)
            {
                escaped.Append('\\');
            }

            digits += digits == i && char.IsAsciiDigit(c) ? 1 : 0;
            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
