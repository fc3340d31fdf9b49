using System.Security.Cryptography;
using System.Text;

namespace BrandContent.Kits;

/// <summary>One file of a kit: its path inside the zip, its media type and its bytes.</summary>
public sealed record KitPart(string Path, string MediaType, byte[] Content)
{
    /// <summary>
    /// A stable hash of the parts' paths and contents (never of the moment they were made): the kit's version and ETag.
    /// The first 128 bits of SHA-256, in lower-case hex.
    /// </summary>
    public static string VersionOf(IEnumerable<KitPart> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{part.Path}\n{part.Content.Length}\n"));
            hash.AppendData(part.Content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
