using System.Buffers.Binary;
using System.Text;

namespace BrandContent.Api.Caching;

/// <summary>
/// An answer as the store keeps it: the serialized body with what its headers need (ETag, CDN purge keys, the operation
/// for metrics), in one byte array, so a hit is a lookup and a write.
/// </summary>
public sealed record CachedAnswer(string ETag, string OperationName, string SurrogateKeys, ReadOnlyMemory<byte> Body)
{
    private const byte Format = 1;

    /// <summary>The surrogate keys as Cache-Tag lists them (comma-separated), made once per answer rather than per response.</summary>
    public string CacheTags { get; } = SurrogateKeys.Replace(' ', ',');

    public byte[] ToBytes()
    {
        var etag = Encoding.ASCII.GetBytes(ETag);
        var operation = Encoding.UTF8.GetBytes(OperationName);
        var keys = Encoding.UTF8.GetBytes(SurrogateKeys);
        var bytes = new byte[1 + (3 * sizeof(int)) + etag.Length + operation.Length + keys.Length + Body.Length];
        var span = bytes.AsSpan();
        span[0] = Format;
        var at = 1;
        foreach (var part in new[] { etag, operation, keys })
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], part.Length);
            part.CopyTo(span[(at + sizeof(int))..]);
            at += sizeof(int) + part.Length;
        }

        Body.Span.CopyTo(span[at..]);
        return bytes;
    }

    /// <summary>The answer, or null for bytes of another format (an older server's entry in a shared store).</summary>
    public static CachedAnswer? FromBytes(byte[] bytes)
    {
        if (bytes.Length == 0 || bytes[0] != Format)
        {
            return null;
        }

        var at = 1;
        string Next(Encoding encoding)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            var text = encoding.GetString(bytes, at + sizeof(int), length);
            at += sizeof(int) + length;
            return text;
        }

        var etag = Next(Encoding.ASCII);
        var operation = Next(Encoding.UTF8);
        var keys = Next(Encoding.UTF8);
        return new CachedAnswer(etag, operation, keys, bytes.AsMemory(at));
    }
}
