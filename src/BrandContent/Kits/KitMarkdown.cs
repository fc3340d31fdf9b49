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

    /// <summary>The ASCII punctuation CommonMark gives a meaning somewhere (emphasis, links, HTML, headings, lists, tables, entities).</summary>
    private const string Special = "\\`*_{}[]()<>#+-.!|~&=";

    /// <summary>Punctuation that could be Markdown backslash-escaped (CommonMark 2.4), line breaks and other controls as spaces.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                escaped.Append(' ');
            }
            else
            {
                if (Special.Contains(c))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
