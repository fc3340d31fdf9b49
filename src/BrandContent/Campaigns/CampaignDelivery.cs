using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Campaigns;

public static class CampaignDelivery
{
    /// <summary>
    /// A brand's campaigns that are not archived, the earliest first: those running in <paramref name="market"/> when it is
    /// given, and within the markets a key is limited to (a campaign without markets concerns every market).
    /// </summary>
    public static Task<List<Campaign>> ListCampaignsAsync(
        this BrandContentDb db, Guid brandId, string? market, CampaignStatus? status, IReadOnlyCollection<string> scopeMarkets, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.Unarchived().Where(c => c.BrandId == brandId);
        if (market is not null)
        {
            campaigns = campaigns.Where(c => c.Markets.Count == 0 || c.Markets.Contains(market));
        }

        if (status is { } wanted)
        {
            campaigns = campaigns.Where(c => c.Status == wanted);
        }

        if (scopeMarkets.Count > 0)
        {
            campaigns = campaigns.Where(c => c.Markets.Count == 0 || c.Markets.Any(m => scopeMarkets.Contains(m)));
        }

        return campaigns.OrderBy(c => c.StartsOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public static Task<Campaign?> FindCampaignAsync(this BrandContentDb db, Guid id, CancellationToken cancellationToken) =>
        db.Campaigns.Unarchived().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public static Task<Dictionary<Guid, Campaign>> CampaignsByIdAsync(this BrandContentDb db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.Campaigns.Unarchived().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
}
