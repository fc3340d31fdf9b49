using System.Buffers.Text;

namespace BrandContent.Storage;

/// <summary>
/// An opaque position in a newest-first list ordered by <see cref="TimeOrderedId"/> ids (channel posts, assets): the id of
/// the last item seen.
/// </summary>
public sealed record IdCursor(Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Id.ToByteArray(bigEndian: true));

    public static IdCursor Decode(string cursor)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (cursor.Length <= 24 && Base64Url.IsValid(cursor) && Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written == 16)
        {
            return new IdCursor(new Guid(bytes, bigEndian: true));
        }

        throw new BrandContentException(ErrorCode.InvalidCursor, cursor);
    }
}
