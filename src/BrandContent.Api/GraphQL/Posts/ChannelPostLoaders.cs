using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Assets;
using BrandContent.Editing;
using BrandContent.Events;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Pillars;
using BrandContent.Stories;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Posts;

/// <summary>What a post refers to, batched across every post (and campaign) of one level of the query.</summary>
public static class ChannelPostLoaders
{
    /// <summary>A medium of a post with the alt text at its position; media whose rights expired are left out.</summary>
    public sealed record PostMedium(Localized<Asset, AssetVariant> Asset, string? AltText);

    public static IDataLoaderResult<IReadOnlyList<PostMedium>> LoadMedia(this IResolveFieldContext context, IReadOnlyList<Guid> media, IReadOnlyList<string> altTexts, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return media
            .Select((id, i) => delivery.Load<Guid, Localized<Asset, AssetVariant>>($"assets:{chain.Key}", id, (ids, ct) => delivery.Db.AssetsByIdAsync(ids, chain, delivery.Now, ct))
                .Then(asset => asset is null ? null : new PostMedium(asset, i < altTexts.Count ? altTexts[i] : null)))
            .AllFound();
    }

    public static IDataLoaderResult<IReadOnlyList<Localized<Pillar, PillarVariant>>> LoadPillars(this IResolveFieldContext context, IEnumerable<Guid> pillarIds, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return pillarIds
            .Select(id => delivery.Load<Guid, Localized<Pillar, PillarVariant>>($"pillars:{chain.Key}", id, (ids, ct) => delivery.Db.PillarsByIdAsync(ids, chain, delivery.Now, ct)))
            .AllFound();
    }

    public static IDataLoaderResult<IReadOnlyList<Localized<Story, StoryVariant>>> LoadStories(this IResolveFieldContext context, IEnumerable<Guid> storyIds, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return storyIds
            .Select(id => delivery.Load<Guid, Localized<Story, StoryVariant>>($"stories:{chain.Key}", id, (ids, ct) => delivery.Db.StoriesByIdAsync(ids, chain, delivery.Now, ct)))
            .AllFound();
    }

    public static IDataLoaderResult<IReadOnlyList<Localized<Event, EventVariant>>> LoadEvents(this IResolveFieldContext context, IEnumerable<Guid> eventIds, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return eventIds
            .Select(id => delivery.Load<Guid, Localized<Event, EventVariant>>($"events:{chain.Key}", id, (ids, ct) => delivery.Db.EventsByIdAsync(ids, chain, delivery.Now, ct)))
            .AllFound();
    }

    /// <summary>Markets by code, those not archived; markets are a handful of reference rows, read once per request.</summary>
    public static IDataLoaderResult<List<Market>> LoadMarkets(this IResolveFieldContext context, IReadOnlyList<string> codes)
    {
        var delivery = context.Delivery();
        return delivery.Load<string, Dictionary<string, Market>>("markets", "*", async (_, ct) =>
                new Dictionary<string, Dictionary<string, Market>> { ["*"] = await delivery.Db.Markets.Unarchived().ToDictionaryAsync(m => m.Code, ct) })
            .Then(all => codes.Where(all!.ContainsKey).Select(code => all![code]).ToList());
    }
}
