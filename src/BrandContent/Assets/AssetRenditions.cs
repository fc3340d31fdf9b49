using Microsoft.Extensions.Options;

namespace BrandContent.Assets;

/// <summary>What a client asks a rendition for; every part optional (a missing width or height keeps the aspect ratio).</summary>
public sealed record RenditionRequest(int? Width, int? Height, ImageFormat? Format)
{
    public bool IsEmpty => Width is null && Height is null && Format is null;
}

/// <summary>
/// An asset's URL for the size and format a client asks: a signed image-service URL from the configured template for
/// images, the original URL for everything else (video, documents) and whenever no template is configured.
/// </summary>
public sealed class AssetRenditions(IOptions<AssetOptions> options)
{
    public const string Signature = "{signature}";
    public const string Width = "{width}";
    public const string Height = "{height}";
    public const string Format = "{format}";
    public const string Source = "{source}";
    public const string Source64 = "{source64}";

    public string UrlOf(Asset asset, RenditionRequest request)
    {
        var settings = options.Value;
        // Checked even when the answer is the original URL, so a client's mistake shows before a template is configured.
        CheckSize("width", request.Width, settings.MaxDimension);
        CheckSize("height", request.Height, settings.MaxDimension);
        if (settings.RenditionTemplate is not { } template || request.IsEmpty || !IsImage(asset))
        {
            return asset.Url;
        }

        var at = template.IndexOf(Signature, StringComparison.Ordinal);
        // The source is one encoded path segment: '?', '#', '/', '@', '%', spaces and '..' in it cannot change the rendition's path.
        var signed = template[(at + Signature.Length)..]
            .Replace(Width, (request.Width ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(Height, (request.Height ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(Format, (request.Format ?? FormatOf(asset.MimeType)).ToString().ToLowerInvariant(), StringComparison.Ordinal)
            .Replace(Source64, System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(asset.Url)), StringComparison.Ordinal)
            .Replace(Source, Uri.EscapeDataString(asset.Url), StringComparison.Ordinal);
        return template[..at] + RenditionSignature.Sign(settings.Signing, settings.SigningKey!, settings.SigningSalt, signed) + signed;
    }

    /// <summary>Renditions are made of images; an infographic is one too when its file is an image.</summary>
    public static bool IsImage(Asset asset) =>
        asset.Kind is AssetKind.Image or AssetKind.Infographic && asset.MimeType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Without a format asked for, the original's own when the service can write it, else JPEG.</summary>
    private static ImageFormat FormatOf(string mimeType) => mimeType.ToLowerInvariant() switch
    {
        "image/webp" => ImageFormat.Webp,
        "image/avif" => ImageFormat.Avif,
        "image/png" => ImageFormat.Png,
        _ => ImageFormat.Jpeg,
    };

    private static void CheckSize(string argument, int? value, int max)
    {
        if (value is { } size && (size < 1 || size > max))
        {
            throw new BrandContentException(ErrorCode.RenditionSizeOutOfRange, argument, size, 1, max);
        }
    }
}
