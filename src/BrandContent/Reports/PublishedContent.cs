using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Pillars;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Reports;

/// <summary>
/// The publishing section of the yearly report: what went live in the period, by kind, pillar, market and channel.
/// A variant counts in the year its live row went live (its publishAt); republishing moves it to the year it was
/// republished. Markets outside the ones given (the caller's scope) are left out of every count by market.
/// </summary>
public static class PublishedContent
{
    public static async Task<ReportPublishing> PublishedInPeriodAsync(
        this BrandContentDb db, Guid brandId, string sourceLocale, ReportPeriod period, LocaleChain chain,
        IReadOnlyList<Market> markets, bool allMarkets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = new Dictionary<ContentKind, List<PublishedVariant>>();
        foreach (var kind in LocalizedKinds.All)
        {
            published[kind.Kind] = await kind.PublishedBetweenAsync(db, brandId, period.From, period.To, now, cancellationToken);
        }

        var byKind = published.Select(p => new PublishedOfKind(p.Key, p.Value.Select(v => v.EntityId).Distinct().Count())).ToList();
        var codes = markets.Select(m => m.Code).ToArray();
        var postIds = IdsOf(published, ContentKind.ChannelPost);
        var posts = (await db.ChannelPosts.Where(p => postIds.Contains(p.Id))
                .Select(p => new { p.Id, p.PillarIds, p.Channels, p.Markets })
                .ToListAsync(cancellationToken))
            .Where(p => allMarkets || p.Markets.Any(codes.Contains))
            .ToList();
        var sent = await db.Distributions
            .Where(d => d.BrandId == brandId && d.PostedAt >= period.From && d.PostedAt < period.To && (allMarkets || codes.Contains(d.Market)))
            .GroupBy(d => new { d.Channel, d.Market })
            .Select(g => new { g.Key.Channel, g.Key.Market, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var byPillar = await db.ByPillarAsync(brandId, published, posts.Select(p => (p.Id, p.PillarIds)).ToList(), chain, now, cancellationToken);
        var byMarket = markets.Select(market =>
        {
            var first = market.LocaleChain.Append(sourceLocale).First();
            return new PublishedInMarket(
                market.Code,
                market.Names.NameIn(chain.Locales),
                first,
                published.Sum(p => p.Value.Where(v => v.Locale == first).Select(v => v.EntityId).Distinct().Count()),
                posts.Count(p => p.Markets.Contains(market.Code)),
                sent.Where(s => s.Market == market.Code).Sum(s => s.Count));
        }).ToList();
        var channels = await db.Channels.OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var byChannel = channels
            .Select(c => new PublishedOnChannel(
                c.Code, c.Names.NameIn(chain.Locales), posts.Count(p => p.Channels.Contains(c.Code)), sent.Where(s => s.Channel == c.Code).Sum(s => s.Count)))
            .Where(c => c.Posts > 0 || c.Sent > 0)
            .ToList();
        return new ReportPublishing(byKind.Sum(k => k.Items), byKind, byPillar, byMarket, byChannel);
    }

    private static Guid[] IdsOf(Dictionary<ContentKind, List<PublishedVariant>> published, ContentKind kind) =>
        [.. published[kind].Select(v => v.EntityId).Distinct()];

    /// <summary>Every pillar of the brand in its order, with the stories, posts and assets tagged with it that went live.</summary>
    private static async Task<List<PublishedOfPillar>> ByPillarAsync(
        this BrandContentDb db, Guid brandId, Dictionary<ContentKind, List<PublishedVariant>> published,
        List<(Guid Id, List<Guid> PillarIds)> posts, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var storyIds = IdsOf(published, ContentKind.Story);
        var assetIds = IdsOf(published, ContentKind.Asset);
        var stories = await db.StoryPillars.Where(l => storyIds.Contains(l.StoryId)).Select(l => l.PillarId).ToListAsync(cancellationToken);
        var assets = await db.AssetPillars.Where(l => assetIds.Contains(l.AssetId)).Select(l => l.PillarId).ToListAsync(cancellationToken);
        var pillars = await db.Pillars.Unarchived().Where(p => p.BrandId == brandId).OrderBy(p => p.Position).ThenBy(p => p.Key).ToListAsync(cancellationToken);
        var names = await db.PillarsByIdAsync([.. pillars.Select(p => p.Id)], chain, now, cancellationToken);
        return pillars.Select(p => new PublishedOfPillar(
                p.Key,
                names.TryGetValue(p.Id, out var named) ? named.Variant.Name : p.Key,
                stories.Count(id => id == p.Id),
                posts.Count(post => post.PillarIds.Contains(p.Id)),
                assets.Count(id => id == p.Id)))
            .ToList();
    }
}
