namespace BrandContent.Schedule;

/// <summary>One slot as an editor asks for it: channel and market codes, and a wall-clock time of the market (ISO 8601, no offset).</summary>
public sealed record PostSlotInput(string Channel, string Market, string LocalTime);
