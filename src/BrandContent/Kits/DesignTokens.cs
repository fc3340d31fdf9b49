using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BrandContent.Brands;

namespace BrandContent.Kits;

/// <summary>
/// A brand's palette and typography as a Design Tokens Format Module (2025.10) file: a <c>color</c> group of
/// <c>color</c> tokens (sRGB components with the hex as the format's fallback) and a <c>font</c> group of
/// <c>fontFamily</c> tokens (the family, then its fallbacks). Token names come from roles (<see cref="TokenNames"/>);
/// the color's name and role are the description.
/// </summary>
public static partial class DesignTokens
{
    /// <summary>The media type the format module registers for token files.</summary>
    public const string MediaType = "application/design-tokens+json";

    public const string ColorGroup = "color";
    public const string FontGroup = "font";

    /// <summary>Generic families CSS knows as keywords: written bare in CSS, every other family is a quoted string.</summary>
    public static readonly IReadOnlySet<string> GenericFamilies = new HashSet<string>(StringComparer.Ordinal)
    {
        "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", "math", "emoji", "fangsong",
    };

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Hex();

    /// <summary>The colors a kit writes: those whose value is a 6-digit hex (what input allows), with their token names.</summary>
    public static IReadOnlyList<(string Name, BrandColor Color)> Colors(Brand brand)
    {
        var colors = brand.Colors.Where(c => Hex().IsMatch(c.Hex)).ToList();
        return [.. TokenNames.For(ColorGroup, colors.Select(c => c.Role)).Zip(colors)];
    }

    public static IReadOnlyList<(string Name, BrandFont Font)> Fonts(Brand brand)
    {
        var fonts = brand.Typography.Where(f => !string.IsNullOrWhiteSpace(f.Family)).ToList();
        return [.. TokenNames.For(FontGroup, fonts.Select(f => f.Role)).Zip(fonts)];
    }

    /// <summary>The family first, then each fallback of the comma-separated fallback list.</summary>
    public static IReadOnlyList<string> Families(BrandFont font) =>
        [font.Family.Trim(), .. font.Fallback.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static byte[] Write(Brand brand)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, KitJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject(ColorGroup);
            foreach (var (name, color) in Colors(brand))
            {
                json.WriteStartObject(name);
                json.WriteString("$type", "color");
                json.WriteStartObject("$value");
                json.WriteString("colorSpace", "srgb");
                json.WriteStartArray("components");
                foreach (var component in Components(color.Hex))
                {
                    json.WriteNumberValue(component);
                }

                json.WriteEndArray();
                json.WriteString("hex", color.Hex.ToLowerInvariant());
                json.WriteEndObject();
                json.WriteString("$description", $"{color.Name} ({color.Role})");
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject(FontGroup);
            foreach (var (name, font) in Fonts(brand))
            {
                json.WriteStartObject(name);
                json.WriteString("$type", "fontFamily");
                var families = Families(font);
                if (families.Count == 1)
                {
                    json.WriteString("$value", families[0]);
                }
                else
                {
                    json.WriteStartArray("$value");
                    foreach (var family in families)
                    {
                        json.WriteStringValue(family);
                    }

                    json.WriteEndArray();
                }

                json.WriteString("$description", font.Role);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Red, green and blue in [0, 1], rounded to 4 places (the hex stays exact).</summary>
    private static IEnumerable<double> Components(string hex) =>
        Enumerable.Range(0, 3).Select(i => Math.Round(int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0, 4));
}
