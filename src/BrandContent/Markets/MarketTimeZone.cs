using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace BrandContent.Markets;

/// <summary>A market's IANA time zone id (<c>Asia/Seoul</c>), checked against NodaTime's copy of the tz database.</summary>
public static class MarketTimeZone
{
    /// <summary>The longest id in the tz database is 32 characters (America/Argentina/ComodRivadavia).</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Where a market without a stated zone is scheduled: the product's editors work in Vietnam, so their own clock is
    /// the least surprising choice (existing rows get it in the AddChannels migration; createMarket without timeZone too).
    /// </summary>
    public const string Default = "Asia/Ho_Chi_Minh";

    /// <summary>The zone for a well-known id, in the tz database's own spelling; false for "UTC+7", "Mars/Olympus", blanks.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out DateTimeZone? zone)
    {
        zone = string.IsNullOrWhiteSpace(id) || id.Trim().Length > MaxLength ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());
        return zone is not null;
    }
}
