using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Posts;

/// <summary>
/// Which posts to list, for one brand in one locale chain: optionally of a campaign, for a channel, for a market, and
/// within the markets a key is limited to (<paramref name="ScopeMarkets"/>, empty: any).
/// </summary>
public sealed record ChannelPostFilter(
    Guid BrandId, LocaleChain Chain, Guid? CampaignId = null, string? Channel = null, string? Market = null, IReadOnlyCollection<string>? ScopeMarkets = null);

public sealed record ChannelPostPage(IReadOnlyList<Localized<ChannelPost, ChannelPostVariant>> Items, bool HasNextPage, int? TotalCount);

public static class ChannelPostDelivery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page, newest first, of the posts that have deliverable content in the chain: the page, the total (when asked for), the variants.</summary>
    public static async Task<ChannelPostPage> PageChannelPostsAsync(
        this BrandContentDb db, ChannelPostFilter filter, int first, IdCursor? after, DateTimeOffset now, CancellationToken cancellationToken,
        bool countTotal = true)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var posts = db.Delivered(filter, now);
        var total = countTotal ? await posts.CountAsync(cancellationToken) : (int?)null;
        if (after is not null)
        {
            // Row values like the stories' cursor; the brand is the same for the whole list and leads the index.
            posts = posts.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.BrandId, p.Id), ValueTuple.Create(filter.BrandId, after.Id)));
        }

        var rows = await posts.OrderByDescending(p => p.Id).Take(first + 1).ToListAsync(cancellationToken);
        var items = rows.Take(first).ToList();
        return new ChannelPostPage(await db.LocalizeChannelPostsAsync(items, filter.Chain, now, cancellationToken), rows.Count > first, total);
    }

    /// <summary>One post by id in the chain; null when it has nothing deliverable there (or is archived, or of another brand's scope).</summary>
    public static async Task<Localized<ChannelPost, ChannelPostVariant>?> FindChannelPostAsync(
        this BrandContentDb db, Guid id, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var post = await db.ChannelPosts.Unarchived().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return post is null ? null : (await db.LocalizeChannelPostsAsync([post], chain, now, cancellationToken)).FirstOrDefault();
    }

    /// <summary>Posts by id that have deliverable content in the chain (what a schedule's slots point at), in two statements.</summary>
    public static async Task<Dictionary<Guid, Localized<ChannelPost, ChannelPostVariant>>> ChannelPostsByIdAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> ids, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posts = await db.ChannelPosts.Unarchived().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return (await db.LocalizeChannelPostsAsync(posts, chain, now, cancellationToken)).ToDictionary(p => p.Entity.Id);
    }

    /// <summary>The deliverable posts of each campaign, the newest <see cref="MaxPageSize"/> of each (<c>channelPosts(campaign:)</c> pages through all).</summary>
    public static async Task<ILookup<Guid, Localized<ChannelPost, ChannelPostVariant>>> ChannelPostsOfCampaignsAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> campaignIds, LocaleChain chain, IReadOnlyCollection<string>? scopeMarkets, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var locales = chain.Locales.ToArray();
        var delivered = db.ChannelPostVariants.Visible(chain, now).Where(v => locales.Contains(v.Locale)).Select(v => v.PostId);
        var posts = db.ChannelPosts.Unarchived().Where(p => p.CampaignId != null && campaignIds.Contains(p.CampaignId.Value) && delivered.Contains(p.Id));
        if (scopeMarkets is { Count: > 0 })
        {
            posts = posts.Where(p => p.Markets.Any(m => scopeMarkets.Contains(m)));
        }

        var rows = (await posts.OrderByDescending(p => p.Id).ToListAsync(cancellationToken))
            .GroupBy(p => p.CampaignId!.Value)
            .SelectMany(g => g.Take(MaxPageSize))
            .ToList();
        var localized = await db.LocalizeChannelPostsAsync(rows, chain, now, cancellationToken);
        return localized.ToLookup(p => p.Entity.CampaignId!.Value);
    }

    private static IQueryable<ChannelPost> Delivered(this BrandContentDb db, ChannelPostFilter filter, DateTimeOffset now)
    {
        var locales = filter.Chain.Locales.ToArray();
        var delivered = db.ChannelPostVariants.Visible(filter.Chain, now).Where(v => locales.Contains(v.Locale)).Select(v => v.PostId);
        var posts = db.ChannelPosts.Unarchived().Where(p => p.BrandId == filter.BrandId && delivered.Contains(p.Id));
        if (filter.CampaignId is { } campaign)
        {
            posts = posts.Where(p => p.CampaignId == campaign);
        }

        if (filter.Channel is { } channel)
        {
            posts = posts.Where(p => p.Channels.Contains(channel));
        }

        if (filter.Market is { } market)
        {
            posts = posts.Where(p => p.Markets.Contains(market));
        }

        if (filter.ScopeMarkets is { Count: > 0 } scope)
        {
            posts = posts.Where(p => p.Markets.Any(m => scope.Contains(m)));
        }

        return posts;
    }

    private static async Task<List<Localized<ChannelPost, ChannelPostVariant>>> LocalizeChannelPostsAsync(
        this BrandContentDb db, List<ChannelPost> posts, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = posts.Select(p => p.Id).ToArray();
        var variants = await db.ChannelPostVariants.Where(v => ids.Contains(v.PostId)).PickVisibleAsync(chain, now, cancellationToken);
        return posts.Localize(p => p.Id, variants, chain);
    }
}
