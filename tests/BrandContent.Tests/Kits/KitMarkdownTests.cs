using BrandContent.Kits;

namespace BrandContent.Tests.Kits;

/// <summary>Editors' text in brand/{locale}.md reads as typed: no heading, list, link, HTML or emphasis it did not mean.</summary>
public sealed class KitMarkdownTests
{
    [Theory]
    [InlineData("Dùng logo (bản màu), trên nền sáng.", "Dùng logo (bản màu), trên nền sáng.")]
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("   - not a list", "\\- not a list")]
    [InlineData("2026. Not an ordered list", "2026\\. Not an ordered list")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("*bold* _it_ `code` a|b ~~x~~ &amp;", "\\*bold\\* \\_it\\_ \\`code\\` a\\|b \\~\\~x\\~\\~ \\&amp;")]
    [InlineData("line\nbreak\u0007bell", "line break bell")]
    public void Editors_text_is_escaped_to_read_as_typed(string typed, string markdown)
    {
        Assert.Equal(markdown, KitMarkdown.Escape(typed));
    }
}
