using BrandContent.Assets;
using BrandContent.Localization;
using BrandContent.Posts;

namespace BrandContent.Schedule;

/// <summary>
/// A slot as the feed serves it: the post resolved in the market's locale chain and the media whose rights still hold
/// at the slot's time, or why it cannot go out (<see cref="Block"/>; then <see cref="Served"/> may be null).
/// </summary>
public sealed record ScheduleEntry(
    PostSlot Slot, SlotBlock? Block, Localized<ChannelPost, ChannelPostVariant>? Served, IReadOnlyList<Asset> Media)
{
    public bool IsBlocked => Block is not null;
}

/// <summary>One page of a channel and market's slots in a window, by due time; ready and blocked slots alike.</summary>
public sealed record SchedulePage(IReadOnlyList<ScheduleEntry> Entries, bool HasNextPage);
