using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Pillars;

public static class PillarDelivery
{
    public static async Task<Guid> GetPillarIdAsync(this BrandContentDb db, Guid brandId, string key, CancellationToken cancellationToken)
    {
        var ids = await db.Pillars.Unarchived().Where(p => p.BrandId == brandId && p.Key == key).Select(p => p.Id).ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : throw new BrandContentException(ErrorCode.PillarNotFound, key);
    }

    /// <summary>The pillars of each brand, in their order, with deliverable content in the chain.</summary>
    public static async Task<ILookup<Guid, Localized<Pillar, PillarVariant>>> PillarsOfBrandsAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> brandIds, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pillars = await db.Pillars.Unarchived().Where(p => brandIds.Contains(p.BrandId)).OrderBy(p => p.Position).ToListAsync(cancellationToken);
        return (await db.LocalizePillarsAsync(pillars, chain, now, cancellationToken)).ToLookup(p => p.Entity.BrandId);
    }

    /// <summary>The pillars each story is tagged with, in the editor's order.</summary>
    public static Task<ILookup<Guid, Localized<Pillar, PillarVariant>>> PillarsOfStoriesAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> storyIds, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.PillarsOfAsync(
            db.StoryPillars.Where(l => storyIds.Contains(l.StoryId)).Select(l => new PillarLink { OwnerId = l.StoryId, PillarId = l.PillarId, Position = l.Position }),
            chain, now, cancellationToken);

    /// <summary>The pillars each asset is tagged with, in the editor's order.</summary>
    public static Task<ILookup<Guid, Localized<Pillar, PillarVariant>>> PillarsOfAssetsAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> assetIds, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.PillarsOfAsync(
            db.AssetPillars.Where(l => assetIds.Contains(l.AssetId)).Select(l => new PillarLink { OwnerId = l.AssetId, PillarId = l.PillarId, Position = l.Position }),
            chain, now, cancellationToken);

    /// <summary>The pillars of each owner of the links (a story, an asset), in the links' order, localized in one go.</summary>
    private static async Task<ILookup<Guid, Localized<Pillar, PillarVariant>>> PillarsOfAsync(
        this BrandContentDb db, IQueryable<PillarLink> links, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var linked = await links
            .Join(db.Pillars.Unarchived(), l => l.PillarId, p => p.Id, (l, p) => new { l.OwnerId, l.Position, Pillar = p })
            .OrderBy(x => x.Position)
            .ToListAsync(cancellationToken);
        var localized = (await db.LocalizePillarsAsync(linked.Select(l => l.Pillar).DistinctBy(p => p.Id).ToList(), chain, now, cancellationToken))
            .ToDictionary(p => p.Entity.Id);
        return linked.Where(l => localized.ContainsKey(l.Pillar.Id)).ToLookup(l => l.OwnerId, l => localized[l.Pillar.Id]);
    }

    /// <summary>A pillar link of a story or an asset, as one shape for <see cref="PillarsOfAsync"/>.</summary>
    private sealed class PillarLink
    {
        public Guid OwnerId { get; init; }

        public Guid PillarId { get; init; }

        public int Position { get; init; }
    }

    public static async Task<Dictionary<Guid, Localized<Pillar, PillarVariant>>> PillarsByIdAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> ids, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pillars = await db.Pillars.Unarchived().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return (await db.LocalizePillarsAsync(pillars, chain, now, cancellationToken)).ToDictionary(p => p.Entity.Id);
    }

    private static async Task<List<Localized<Pillar, PillarVariant>>> LocalizePillarsAsync(
        this BrandContentDb db, List<Pillar> pillars, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = pillars.Select(p => p.Id).ToArray();
        var variants = await db.PillarVariants.Where(v => ids.Contains(v.PillarId)).PickVisibleAsync(chain, now, cancellationToken);
        return pillars.Localize(p => p.Id, variants, chain);
    }
}
