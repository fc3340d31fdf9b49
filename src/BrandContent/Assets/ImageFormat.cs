namespace BrandContent.Assets;

/// <summary>The formats a rendition can be asked in; the value is the extension image services expect.</summary>
public enum ImageFormat
{
    Webp,
    Avif,
    Jpeg,
    Png,
}
