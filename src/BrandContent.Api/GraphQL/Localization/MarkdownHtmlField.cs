using BrandContent.Markup;

namespace BrandContent.Api.GraphQL.Localization;

/// <summary>The HTML twin of a Markdown field, rendered when it is asked for (once per object and request).</summary>
public static class MarkdownHtmlField
{
    public static string Description(string markdownField) =>
        $"{markdownField} rendered as HTML and sanitized (no script, event handlers, frames or URLs other than http, https, mailto and relative ones), for websites that show HTML.";

    public static string? Render(string? markdown) => markdown is null ? null : MarkdownHtml.ToSafeHtml(markdown);
}
