using System.Buffers.Text;
using System.Globalization;
using System.Text;
using BrandContent.Localization;

namespace BrandContent.Search;

/// <summary>
/// An opaque position in a ranked search: the score, kind and id of the last hit seen, and the fingerprint of the
/// text searched, so a cursor is refused by any other search (and anything not issued by this API is INVALID_CURSOR).
/// </summary>
public sealed record SearchCursor(float Score, ContentKind Kind, Guid Id, string Fingerprint)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $"{Score.ToString("R", CultureInfo.InvariantCulture)}|{Kind}|{Id:N}|{Fingerprint}"));

    public static SearchCursor Decode(string cursor, SearchText text)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            if (parts.Length == 4
                && float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && float.IsFinite(score)
                && Enum.TryParse<ContentKind>(parts[1], ignoreCase: false, out var kind) && Enum.IsDefined(kind) && SearchableKinds.Of(kind) is not null
                && Guid.TryParseExact(parts[2], "N", out var id)
                && parts[3] == text.Fingerprint)
            {
                return new SearchCursor(score, kind, id, parts[3]);
            }
        }
        catch (FormatException)
        {
            // falls through to the error below
        }

        throw new BrandContentException(ErrorCode.InvalidCursor, cursor);
    }
}
