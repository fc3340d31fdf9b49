using Ganss.Xss;
using Markdig;

namespace BrandContent.Markup;

/// <summary>
/// Markdown fields (a story's body, a brand's story, an event's description) as HTML for websites, and the one
/// definition of what markup in them is safe: what the sanitizer keeps. Markdig renders CommonMark (with pipe tables
/// and bare-URL links), raw HTML included; HtmlSanitizer, which parses it as browsers do (entities, case, broken
/// tags), keeps an allowlist of harmless elements and attributes and http, https, mailto and relative URLs.
/// </summary>
/// <remarks>
/// Raw HTML is not simply escaped (Markdig's DisableHtml): writers use harmless inline HTML such as &lt;br&gt; or
/// &lt;em&gt;, and links need a scheme check either way, which the sanitizer does on the decoded URL.
/// </remarks>
public static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();

    private static readonly HtmlSanitizerOptions Options = CreateOptions();

    // Sanitize is safe to call concurrently on one configured instance; the checks below attach handlers to their own.
    private static readonly HtmlSanitizer Sanitizer = new(Options);

    /// <summary>The Markdown as sanitized HTML: anything that could run script is gone, even from text stored before the check.</summary>
    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>
    /// What in the Markdown could run script or is not kept by <see cref="ToSafeHtml"/> for safety: elements
    /// (&lt;script&gt;, &lt;iframe&gt;, &lt;object&gt;, &lt;svg&gt;…), event-handler attributes, URLs with other schemes
    /// (javascript:, vbscript:, data:…, in HTML or in Markdown links and images) and style. Attributes that are merely
    /// dropped (class, id) and comments are not counted. Empty when the text is safe.
    /// </summary>
    public static IReadOnlyList<string> UnsafeParts(string markdown)
    {
        var found = new List<string>();
        var sanitizer = new HtmlSanitizer(Options);
        sanitizer.RemovingTag += (_, e) => found.Add($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) =>
        {
            var name = e.Attribute.Name;
            if (e.Reason == RemoveReason.NotAllowedUrlValue || name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || name == "style")
            {
                found.Add($"{name}=\"{Shorten(e.Attribute.Value)}\" in <{e.Tag.LocalName}>");
            }
        };
        sanitizer.RemovingStyle += (_, e) => found.Add($"style {e.Style.Name} in <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => found.Add($"@{e.Rule.Type} in <{e.Tag.LocalName}>");
        sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
        return found.Distinct().ToList();
    }

    private static HtmlSanitizerOptions CreateOptions()
    {
        var defaults = new HtmlSanitizer();
        var options = new HtmlSanitizerOptions
        {
            // Forms are not script, but have no place in a story and serve phishing.
            AllowedTags = defaults.AllowedTags.Except(["form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend"]).ToHashSet(),
            AllowedAttributes = defaults.AllowedAttributes.ToHashSet(),
            AllowedCssProperties = defaults.AllowedCssProperties.ToHashSet(),
            AllowedAtRules = defaults.AllowedAtRules.ToHashSet(),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = defaults.UriAttributes.ToHashSet(),
        };
        return options;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
