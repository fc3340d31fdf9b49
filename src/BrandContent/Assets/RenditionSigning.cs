namespace BrandContent.Assets;

/// <summary>The signature scheme of the image service a rendition template points at.</summary>
public enum RenditionSigning
{
    /// <summary>URL-safe Base64 (no padding) of HMAC-SHA256 with the hex key over the hex salt followed by the path after the signature, leading <c>/</c> included.</summary>
    Imgproxy,

    /// <summary>URL-safe Base64 (padded) of HMAC-SHA1 with the key over the path after the signature, without its leading <c>/</c>.</summary>
    Thumbor,
}
