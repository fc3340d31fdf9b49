using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace BrandContent.Access;

/// <summary>A key's secret as the server keeps it: the prefix it is found by and the SHA-256 it is checked against, computed once.</summary>
public sealed record ApiKeySecret(string Prefix, byte[] Hash)
{
    /// <summary>Secrets are 256-bit random values; anything much shorter is not one of ours.</summary>
    public const int MinimumLength = 32;

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>The secret a sent token would be, or false when it is too short to be a key.</summary>
    public static bool TryRead(string token, [NotNullWhen(true)] out ApiKeySecret? secret)
    {
        secret = token.Length < MinimumLength ? null : new ApiKeySecret(token[..ApiKey.PrefixLength], HashOf(token));
        return secret is not null;
    }

    /// <summary>The hash in hex: names the key's rate-limit bucket and cache entry, never the secret itself.</summary>
    public string HashHex => Convert.ToHexString(Hash);

    /// <summary>
    /// <see cref="HashHex"/> of a sent token, worked out on the stack: a request with a key seen in the last seconds
    /// needs nothing else (a longer token borrows a pooled buffer).
    /// </summary>
    public static string HashHexOf(string token)
    {
        const int onStack = 256;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(token.Length);
        var rented = maxBytes > onStack ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        Span<byte> bytes = rented ?? stackalloc byte[onStack];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(token, bytes)], hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexString(hash);
    }
}
