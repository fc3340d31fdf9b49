using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Assets;

/// <summary>Which assets of a brand to list, in one locale chain (a market's, in preview or not).</summary>
public sealed record AssetFilter(Guid BrandId, LocaleChain Chain, AssetKind? Kind = null, Guid? PillarId = null, string? Tag = null);

public sealed record AssetPage(IReadOnlyList<Localized<Asset, AssetVariant>> Items, bool HasNextPage, int? TotalCount);

public static class AssetDelivery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Assets whose rights have not expired and that have deliverable text in the chain.</summary>
    public static async Task<Dictionary<Guid, Localized<Asset, AssetVariant>>> AssetsByIdAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> ids, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var assets = await db.Assets.Unarchived().Where(a => ids.Contains(a.Id) && (a.RightsExpireAt == null || a.RightsExpireAt > now))
            .ToListAsync(cancellationToken);
        var assetIds = assets.Select(a => a.Id).ToArray();
        var variants = await db.AssetVariants.Where(v => assetIds.Contains(v.AssetId)).PickVisibleAsync(chain, now, cancellationToken);
        return assets.Localize(a => a.Id, variants, chain).ToDictionary(a => a.Entity.Id);
    }

    /// <summary>
    /// The assets the asset bank serves in the chain: not archived, with a visible variant in one of its locales, and,
    /// outside preview, rights that still hold. Editors in preview also see expired ones (the API flags them).
    /// </summary>
    public static IQueryable<Asset> Deliverable(this BrandContentDb db, LocaleChain chain, DateTimeOffset now)
    {
        var locales = chain.Locales.ToArray();
        var delivered = db.AssetVariants.Visible(chain, now).Where(v => locales.Contains(v.Locale)).Select(v => v.AssetId);
        var assets = db.Assets.Unarchived().Where(a => delivered.Contains(a.Id));
        return chain.Preview ? assets : assets.Where(a => a.RightsExpireAt == null || a.RightsExpireAt > now);
    }

    /// <summary>
    /// One page, newest first (ids are time-ordered, so the order is stable and the cursor is the last id), of a brand's
    /// deliverable assets. Three statements whatever the page size: the page, the total (only when asked for), the variants.
    /// </summary>
    public static async Task<AssetPage> PageAssetsAsync(
        this BrandContentDb db, AssetFilter filter, int first, IdCursor? after, DateTimeOffset now, CancellationToken cancellationToken, bool countTotal = true)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var assets = db.Deliverable(filter.Chain, now).Where(a => a.BrandId == filter.BrandId);
        if (filter.Kind is { } kind)
        {
            assets = assets.Where(a => a.Kind == kind);
        }

        if (filter.PillarId is { } pillarId)
        {
            assets = assets.Where(a => a.Pillars.Any(p => p.PillarId == pillarId));
        }

        if (filter.Tag is { } tag)
        {
            assets = assets.Where(a => a.Tags.Contains(tag));
        }

        var total = countTotal ? await assets.CountAsync(cancellationToken) : (int?)null;
        var page = after is null
            ? assets
            : assets.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.BrandId, a.Id), ValueTuple.Create(filter.BrandId, after.Id)));
        var rows = await page.OrderByDescending(a => a.Id).Take(first + 1).ToListAsync(cancellationToken);
        var items = rows.Take(first).ToList();
        var ids = items.Select(a => a.Id).ToArray();
        var variants = await db.AssetVariants.Where(v => ids.Contains(v.AssetId)).PickVisibleAsync(filter.Chain, now, cancellationToken);
        return new AssetPage(items.Localize(a => a.Id, variants, filter.Chain), rows.Count > first, total);
    }

    /// <summary>One deliverable asset by id in the chain; null when it is not served there.</summary>
    public static async Task<Localized<Asset, AssetVariant>?> FindAssetAsync(
        this BrandContentDb db, Guid id, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var asset = await db.Deliverable(chain, now).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var variants = await db.AssetVariants.Where(v => v.AssetId == id).PickVisibleAsync(chain, now, cancellationToken);
        return variants.TryGetValue(id, out var variant) ? new(asset, variant, chain) : null;
    }
}
