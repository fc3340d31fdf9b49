using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Publishing;

/// <summary>When what delivery serves changes by itself, with no write to announce it: time moving past a publishAt or unpublishAt, or an asset's rights expiry.</summary>
public static class DeliveryTimeline
{
    /// <summary>The first such instant after <paramref name="now"/> for the selected brands' content, in one statement; null when there is none.</summary>
    public static Task<DateTimeOffset?> NextDeliveryChangeAsync(this BrandContentDb db, BrandSelection brands, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rights = db.Assets
            .Where(a => a.RightsExpireAt > now && (brands.Ids == null || brands.Ids.Contains(a.BrandId)))
            .Select(a => a.RightsExpireAt);
        return LocalizedKinds.All
            .Select(kind => kind.DeliveryChangeTimes(db, brands, now))
            .Aggregate(rights, (all, times) => all.Concat(times))
            .MinAsync(cancellationToken);
    }
}
