using System.Globalization;

namespace BrandContent.Api.Studio;

/// <summary>Instants as the review screens show them: UTC to the minute, or a market's wall-clock time with its zone.</summary>
public static class StudioTime
{
    public static string Utc(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy'-'MM'-'dd HH':'mm 'UTC'", CultureInfo.InvariantCulture);

    public static string InZone(DateTimeOffset instant, string zoneId) =>
        BrandContent.Schedule.SlotTime.LocalAt(instant, zoneId).ToString("yyyy'-'MM'-'dd HH':'mm", CultureInfo.InvariantCulture) + " " + zoneId;
}
