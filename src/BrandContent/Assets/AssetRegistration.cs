using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BrandContent.Assets;

public static class AssetRegistration
{
    /// <summary>Rendition URLs: the image service's template and key, checked at start.</summary>
    public static IHostApplicationBuilder AddBrandContentAssets(this IHostApplicationBuilder builder)
    {
        const string section = AssetOptions.Section;
        builder.Services.AddSingleton<AssetRenditions>();
        builder.Services.AddOptions<AssetOptions>()
            .BindConfiguration(section)
            .Validate(o => o.MaxDimension is >= 1 and <= 100_000, $"{section}:MaxDimension must be between 1 and 100000.")
            .Validate(o => o.RenditionTemplate is null || IsTemplate(o.RenditionTemplate),
                $"{section}:RenditionTemplate must be an absolute http(s) URL with {AssetRenditions.Signature} once, followed by {AssetRenditions.Source} or {AssetRenditions.Source64} (and optionally {AssetRenditions.Width}, {AssetRenditions.Height}, {AssetRenditions.Format}).")
            .Validate(o => o.RenditionTemplate is null || !string.IsNullOrEmpty(o.SigningKey), $"{section}:SigningKey is required with a RenditionTemplate.")
            .Validate(o => o.Signing != RenditionSigning.Imgproxy || o.SigningKey is null || RenditionSignature.IsHex(o.SigningKey),
                $"{section}:SigningKey must be hex-encoded for imgproxy (as IMGPROXY_KEY).")
            .Validate(o => o.Signing != RenditionSigning.Imgproxy || o.SigningSalt is null || RenditionSignature.IsHex(o.SigningSalt),
                $"{section}:SigningSalt must be hex-encoded for imgproxy (as IMGPROXY_SALT).")
            .Validate(o => Enum.IsDefined(o.Signing), $"{section}:Signing must be Imgproxy or Thumbor.")
            .ValidateOnStart();
        return builder;
    }

    private static bool IsTemplate(string template)
    {
        var at = template.IndexOf(AssetRenditions.Signature, StringComparison.Ordinal);
        if (at < 0 || template.IndexOf(AssetRenditions.Signature, at + 1, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var prefix = template[..at];
        var signed = template[(at + AssetRenditions.Signature.Length)..];
        return prefix.EndsWith('/') && signed.StartsWith('/')
            && Uri.TryCreate(prefix, UriKind.Absolute, out var origin) && (origin.Scheme == Uri.UriSchemeHttps || origin.Scheme == Uri.UriSchemeHttp)
            && !prefix.Contains('{') && (signed.Contains(AssetRenditions.Source, StringComparison.Ordinal) || signed.Contains(AssetRenditions.Source64, StringComparison.Ordinal));
    }
}
