using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Assets;

public static class AssetDelivery
{
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
}
