using System.Text;
using BrandContent.Schedule;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BrandContent.Api.Schedule;

/// <summary>
/// A channel and market's schedule as an iCalendar (RFC 5545) document: one VEVENT per slot, at its wall-clock time
/// with the market's zone (VTIMEZONE included), UID stable per slot. Blocked slots are there too, TENTATIVE and
/// prefixed "BLOCKED: reason", so a person sees what will not go out.
/// </summary>
public static class ScheduleCalendar
{
    public const string MediaType = "text/calendar";
    public const string UidDomain = "schedule.brandcontent";

    /// <summary>Calendar apps show a slot as a short event; the platform posts at its start.</summary>
    private static readonly TimeSpan EventLength = TimeSpan.FromMinutes(15);

    private const int SummaryLength = 80;

    public static string Write(string brand, string channel, string market, string zoneId, IReadOnlyList<ScheduleEntry> entries)
    {
        var calendar = new Calendar { ProductId = "-//BrandContent//Schedule feed//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"{brand} · {channel} · {market}");
        calendar.AddProperty("X-WR-TIMEZONE", zoneId);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zoneId));
        foreach (var entry in entries)
        {
            calendar.Events.Add(Event(entry));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(ScheduleEntry entry)
    {
        var slot = entry.Slot;
        var start = new CalDateTime(slot.LocalTime, slot.TimeZone, hasTime: true);
        var headline = entry.Served is { } served ? OneLine(PostVariantParts.Headline(served.Variant)) : "";
        var summary = headline.Length > SummaryLength ? headline[..SummaryLength] + "…" : headline;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{slot.Id:N}@{UidDomain}",
            DtStamp = new CalDateTime(slot.ScheduledAt.UtcDateTime, "UTC"),
            DtStart = start,
            DtEnd = start.Add(Ical.Net.DataTypes.Duration.FromTimeSpanExact(EventLength)),
            Summary = entry.Block is { } block
                ? $"BLOCKED: {block.ToConstantCase()}{(summary.Length > 0 ? " · " + summary : "")}"
                : (slot.State == SlotState.Posted ? "POSTED: " : "") + (summary.Length > 0 ? summary : slot.PostId.ToString()),
            Description = Description(entry),
            Status = entry.IsBlocked ? "TENTATIVE" : "CONFIRMED",
        };
        if (entry.Served is { } post && PostVariantParts.Link(post.Variant) is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url))
        {
            calendarEvent.Url = url;
        }

        return calendarEvent;
    }

    private static string Description(ScheduleEntry entry)
    {
        var text = new StringBuilder();
        var slot = entry.Slot;
        text.Append($"Channel: {slot.Channel}\nMarket: {slot.Market}\nPost: {slot.PostId}\nSlot: {slot.Id}\nState: {slot.State.ToConstantCase()}\n");
        if (entry.Block is { } block)
        {
            text.Append($"Blocked: {block.ToConstantCase()}\n");
        }

        if (entry.Served is { } served)
        {
            text.Append($"Locale: {served.Locale}{(served.IsFallback ? " (fallback)" : "")}\n\n{PostVariantParts.Headline(served.Variant)}\n");
            var hashtags = PostVariantParts.Hashtags(served.Variant);
            if (hashtags.Count > 0)
            {
                text.Append('\n').Append(string.Join(' ', hashtags)).Append('\n');
            }
        }

        foreach (var media in entry.Media)
        {
            text.Append($"\nMedia: {media.Url}");
        }

        return text.ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
