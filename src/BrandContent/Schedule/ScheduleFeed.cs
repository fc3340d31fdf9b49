using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Posts;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Schedule;

/// <summary>
/// The schedule as schedulers read it: a channel and market's slots in a window, each resolved in the market's locale
/// chain. Each slot is judged at the moment it goes out, the later of now and its due time: the variant published
/// then, the media whose rights still hold then. Anything that stops it going out is a <see cref="SlotBlock"/>.
/// </summary>
public static class ScheduleFeed
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    public static async Task<SchedulePage> PageScheduleAsync(
        this BrandContentDb db, string channel, string market, BrandSelection brands, ScheduleWindow window, int first, SlotCursor? after,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var rows = await db.SlotsInWindow(channel, market, brands, window, after).Take(first + 1).ToListAsync(cancellationToken);
        var entries = await db.ResolveSlotsAsync(rows.Take(first).ToList(), now, cancellationToken);
        return new SchedulePage(entries, rows.Count > first);
    }

    /// <summary>The slots not cancelled, by due time then id, after the cursor.</summary>
    public static IQueryable<PostSlot> SlotsInWindow(
        this BrandContentDb db, string channel, string market, BrandSelection brands, ScheduleWindow window, SlotCursor? after = null)
    {
        var ids = brands.Ids;
        var slots = db.PostSlots.Where(s => s.Channel == channel && s.Market == market && s.State != SlotState.Cancelled
            && s.DueAt >= window.From && s.DueAt < window.To && (ids == null || ids.Contains(s.BrandId)));
        if (after is not null)
        {
            slots = slots.Where(s => EF.Functions.GreaterThan(ValueTuple.Create(s.DueAt, s.Id), ValueTuple.Create(after.At, after.Id)));
        }

        return slots.OrderBy(s => s.DueAt).ThenBy(s => s.Id);
    }

    /// <summary>The slots resolved, in their order: six statements whatever their number.</summary>
    public static async Task<List<ScheduleEntry>> ResolveSlotsAsync(
        this BrandContentDb db, IReadOnlyList<PostSlot> slots, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var postIds = slots.Select(s => s.PostId).Distinct().ToArray();
        var channelCodes = slots.Select(s => s.Channel).Distinct().ToArray();
        var marketCodes = slots.Select(s => s.Market).Distinct().ToArray();
        var posts = await db.ChannelPosts.Where(p => postIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var brandIds = posts.Values.Select(p => p.BrandId).Distinct().ToArray();
        var sources = await db.Brands.Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.SourceLocale, cancellationToken);
        var channels = await db.Channels.Where(c => channelCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        var markets = await db.Markets.Where(m => marketCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken);
        var variants = (await db.ChannelPostVariants
                .Where(v => postIds.Contains(v.PostId) && v.IsLive && v.Status == WorkflowStatus.Published)
                .ToListAsync(cancellationToken))
            .ToLookup(v => v.PostId);
        var assetIds = variants.SelectMany(g => g).SelectMany(PostVariantParts.MediaIds).Distinct().ToArray();
        var assets = await db.Assets.Unarchived().Where(a => assetIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

        return slots.Select(slot =>
        {
            var at = slot.DueAt > now ? slot.DueAt : now;
            var post = posts[slot.PostId];
            var channel = channels.GetValueOrDefault(slot.Channel);
            var market = markets.GetValueOrDefault(slot.Market);
            if (post.ArchivedAt is not null)
            {
                return Blocked(slot, SlotBlock.PostArchived);
            }

            if (channel is null || channel.ArchivedAt is not null)
            {
                return Blocked(slot, SlotBlock.ChannelArchived);
            }

            if (market is null || market.ArchivedAt is not null)
            {
                return Blocked(slot, SlotBlock.MarketArchived);
            }

            if (!post.Channels.Contains(slot.Channel) || !post.Markets.Contains(slot.Market) || !channel.Markets.Contains(slot.Market))
            {
                return Blocked(slot, SlotBlock.NotTargeted);
            }

            var chain = new LocaleRequest(market.LocaleChain, Fallback: true).ChainFor(sources[post.BrandId]);
            var variant = chain.Pick(variants[post.Id].Where(v => IsVisibleAt(v, at)));
            if (variant is null)
            {
                return Blocked(slot, SlotBlock.NoPublishedVariant);
            }

            var served = new Localized<ChannelPost, ChannelPostVariant>(post, variant, chain);
            var wanted = PostVariantParts.MediaIds(variant);
            var media = wanted.Select(id => assets.GetValueOrDefault(id)).OfType<Asset>()
                .Where(a => a.RightsExpireAt is null || a.RightsExpireAt > at)
                .ToList();
            return wanted.Count > 0 && media.Count == 0
                ? new ScheduleEntry(slot, SlotBlock.MediaRightsExpired, served, [])
                : new ScheduleEntry(slot, null, served, media);
        }).ToList();
    }

    /// <summary><see cref="DeliveryWindow"/>'s rule for a live row, at a given instant.</summary>
    private static bool IsVisibleAt(Variant v, DateTimeOffset at) =>
        v.IsLive && v.Status == WorkflowStatus.Published && (v.PublishAt == null || v.PublishAt <= at) && (v.UnpublishAt == null || v.UnpublishAt > at);

    private static ScheduleEntry Blocked(PostSlot slot, SlotBlock block) => new(slot, block, null, []);
}
