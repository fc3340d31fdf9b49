using System.Globalization;
using System.Text;
using BrandContent.Brands;

namespace BrandContent.Kits;

/// <summary>
/// The tokens of <see cref="DesignTokens"/> as CSS custom properties on <c>:root</c>: <c>--color-{name}: #rrggbb;</c> and
/// <c>--font-{name}: "Family", fallback;</c>. Names are <see cref="TokenNames"/> (CSS identifiers by construction); a
/// family is a CSS string in which quotes, backslashes, braces, angle brackets and control characters are written as
/// hex escapes, so no family name can end the string, the rule or a surrounding &lt;style&gt; element.
/// </summary>
public static class TokensCss
{
    public const string MediaType = "text/css; charset=utf-8";

    public static byte[] Write(Brand brand)
    {
        var css = new StringBuilder();
        // Only the slug (a checked format) goes into the comment: editors' text could close it.
        css.Append("/* Design tokens of the brand ").Append(brand.Slug).Append(" (BrandContent brand kit). */\n:root {\n");
        foreach (var (name, color) in DesignTokens.Colors(brand))
        {
            css.Append("  --").Append(DesignTokens.ColorGroup).Append('-').Append(name).Append(": ").Append(color.Hex.ToLowerInvariant()).Append(";\n");
        }

        foreach (var (name, font) in DesignTokens.Fonts(brand))
        {
            css.Append("  --").Append(DesignTokens.FontGroup).Append('-').Append(name).Append(": ")
                .AppendJoin(", ", DesignTokens.Families(font).Select(Family)).Append(";\n");
        }

        css.Append("}\n");
        return Encoding.UTF8.GetBytes(css.ToString());
    }

    /// <summary>A generic family as its keyword, anything else as an escaped CSS string.</summary>
    public static string Family(string family) =>
        DesignTokens.GenericFamilies.Contains(family.ToLowerInvariant()) ? family.ToLowerInvariant() : Quoted(family);

    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '"' or '\\' or '{' or '}' or '<' or '>' or ';' || Rune.IsControl(rune))
            {
                // CSS Syntax 4.3.7: a hex escape ends at the following space, which it consumes.
                quoted.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                quoted.Append(rune.ToString());
            }
        }

        return quoted.Append('"').ToString();
    }
}
