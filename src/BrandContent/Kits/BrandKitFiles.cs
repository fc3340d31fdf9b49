using System.IO.Compression;
using BrandContent.Assets;

namespace BrandContent.Kits;

/// <summary>
/// Writes a <see cref="BrandKit"/> out: its parts (tokens.json, tokens.css, brand/{locale}.md, logos.json,
/// messages/{locale}.json), their version, and the zip with manifest.json first. Assets are never stored here (an asset
/// is a URL to the bank's file), so logos.json references the files and the zip copies none.
/// </summary>
public static class BrandKitFiles
{
    public const string ZipMediaType = "application/zip";
    public const string JsonMediaType = "application/json";
    public const string Manifest = "manifest.json";
    public const string Tokens = "tokens.json";
    public const string TokensStyles = "tokens.css";
    public const string Logos = "logos.json";

    public static string IdentityPath(string locale) => $"brand/{locale}.md";

    public static string MessagesPath(string locale) => $"messages/{locale}.json";

    public static KitPart TokensPart(BrandKit kit) => new(Tokens, DesignTokens.MediaType, DesignTokens.Write(kit.Brand));

    /// <summary>Every part but the manifest, in the zip's order; <paramref name="renditionOf"/>: a logo's rendition URL, or null.</summary>
    public static IReadOnlyList<KitPart> Parts(BrandKit kit, Func<Asset, string?> renditionOf) =>
    [
        TokensPart(kit),
        new(TokensStyles, TokensCss.MediaType, TokensCss.Write(kit.Brand)),
        .. kit.Locales.Select(l => new KitPart(IdentityPath(l.Locale), KitMarkdown.MediaType, KitMarkdown.Write(l))),
        new(Logos, JsonMediaType, KitJson.Write(KitDocuments.Logos(kit, renditionOf))),
        .. kit.Locales.Select(l => new KitPart(MessagesPath(l.Locale), JsonMediaType, KitJson.Write(KitDocuments.Messages(kit, l)))),
    ];

    /// <summary>The zip: manifest.json (which names the version and every other file), then the parts.</summary>
    public static byte[] Zip(BrandKit kit, IReadOnlyList<KitPart> parts, string version, DateTimeOffset generatedAt)
    {
        var manifest = new KitPart(Manifest, JsonMediaType, KitJson.Write(KitDocuments.Manifest(kit, parts, version, generatedAt)));
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts.Prepend(manifest))
            {
                var entry = zip.CreateEntry(part.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = generatedAt;
                using var content = entry.Open();
                content.Write(part.Content);
            }
        }

        return stream.ToArray();
    }
}
