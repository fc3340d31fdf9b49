using System.Buffers.Text;

namespace BrandContent.Assets;

/// <summary>An opaque position in the newest-first asset list: the id of the last asset seen (ids are time-ordered).</summary>
public sealed record AssetCursor(Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Id.ToByteArray(bigEndian: true));

    public static AssetCursor Decode(string cursor)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (cursor.Length <= 24 && Base64Url.IsValid(cursor) && Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written == 16)
        {
            return new AssetCursor(new Guid(bytes, bigEndian: true));
        }

        throw new BrandContentException(ErrorCode.InvalidCursor, cursor);
    }
}
