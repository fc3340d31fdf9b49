using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace BrandContent.Assets;

/// <summary>The signature an image service checks: the path after the signature segment, signed as the service documents.</summary>
public static class RenditionSignature
{
    /// <summary>Signs <paramref name="path"/> (what follows the signature in the URL, leading <c>/</c> included).</summary>
    public static string Sign(RenditionSigning signing, string key, string? salt, string path) => signing switch
    {
        RenditionSigning.Imgproxy => Base64Url.EncodeToString(
            HMACSHA256.HashData(Convert.FromHexString(key), Convert.FromHexString(salt ?? "").Concat(Encoding.UTF8.GetBytes(path)).ToArray())),
        // Thumbor signs the path without its leading slash and keeps Base64's padding (its libraries' "scenario 1").
        RenditionSigning.Thumbor => Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(path.TrimStart('/'))))
            .Replace('+', '-').Replace('/', '_'),
        _ => throw new ArgumentOutOfRangeException(nameof(signing), signing, "Unknown signing scheme."),
    };

    public static bool IsHex(string? value) => value is not null && value.Length % 2 == 0 && value.All(char.IsAsciiHexDigit);
}
