using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace BrandContent.Schedule;

/// <summary>An opaque position in a list ordered by an instant then an id: the instant and id of the last row seen.</summary>
public sealed record SlotCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Id:N}"));

    public static SlotCursor Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('|');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new SlotCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
            // falls through to the error below
        }

        throw new BrandContentException(ErrorCode.InvalidCursor, cursor);
    }
}
