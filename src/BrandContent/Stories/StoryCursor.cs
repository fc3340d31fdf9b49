using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace BrandContent.Stories;

/// <summary>An opaque position in the newest-first story list: the date and id of the last story seen.</summary>
public sealed record StoryCursor(DateOnly Date, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{Id:N}"));

    public static StoryCursor Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            if (parts.Length == 2
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new StoryCursor(date, id);
            }
        }
        catch (FormatException)
        {
            // falls through to the error below
        }

        throw new BrandContentException(ErrorCode.InvalidCursor, cursor);
    }
}
