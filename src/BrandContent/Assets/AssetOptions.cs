namespace BrandContent.Assets;

/// <summary>
/// How rendition URLs are made (section <c>BrandContent:Assets</c>): an image service's URL template and the key it
/// checks signatures with. Without a template, <c>url</c> is the original file's URL. See the README, "The asset bank".
/// </summary>
public sealed record AssetOptions
{
    public const string Section = "BrandContent:Assets";

    /// <summary>
    /// The image service's URL with placeholders: <c>{signature}</c> (the first path segment; what follows it is what is
    /// signed), <c>{width}</c>, <c>{height}</c>, <c>{format}</c> and the source as <c>{source}</c> (percent-encoded) or
    /// <c>{source64}</c> (URL-safe Base64). imgproxy: <c>https://img.example.org/{signature}/rs:fit:{width}:{height}/plain/{source}@{format}</c>.
    /// </summary>
    public string? RenditionTemplate { get; init; }

    /// <summary>How the service signs: <see cref="RenditionSigning.Imgproxy"/> (default) or <see cref="RenditionSigning.Thumbor"/>.</summary>
    public RenditionSigning Signing { get; init; } = RenditionSigning.Imgproxy;

    /// <summary>imgproxy: the hex-encoded key (<c>IMGPROXY_KEY</c>); Thumbor: the security key as text (<c>SECURITY_KEY</c>).</summary>
    public string? SigningKey { get; init; }

    /// <summary>imgproxy only: the hex-encoded salt (<c>IMGPROXY_SALT</c>).</summary>
    public string? SigningSalt { get; init; }

    /// <summary>The largest width or height a client may ask for, in pixels.</summary>
    public int MaxDimension { get; init; } = 4096;
}
