using BrandContent.Auditing;
using BrandContent.Changes;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Campaigns;

/// <summary>
/// Creates, changes and archives campaigns: checked (<see cref="CampaignRules"/>), versioned (a stale expected version is a
/// CONFLICT), audited, and announced on the change bus, since delivery serves campaigns with their posts.
/// </summary>
public static class CampaignEditing
{
    public const string AuditKind = "Campaign";

    public static async Task<Campaign> CreateCampaignAsync(
        this BrandContentDb db, Guid brandId, CampaignInput input, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        ValidationFailedException.ThrowIfAny(await CampaignRules.ValidateAsync(db, brandId, input, cancellationToken));
        var campaign = new Campaign { BrandId = brandId };
        CampaignRules.Apply(campaign, input);
        db.Campaigns.Add(campaign);
        db.Record(edit, now, AuditKind, campaign.Id, null, null, CampaignRules.Summary(campaign));
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceBrandChangeAsync(brandId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return campaign;
    }

    public static async Task<Campaign> UpdateCampaignAsync(
        this BrandContentDb db, Guid id, uint? expectedVersion, CampaignInput input, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var campaign = await LoadAsync(db, id, expectedVersion, cancellationToken);
        if (campaign.ArchivedAt is not null)
        {
            throw new BrandContentException(ErrorCode.Archived, AuditKind, id);
        }

        ValidationFailedException.ThrowIfAny(await CampaignRules.ValidateAsync(db, campaign.BrandId, input, cancellationToken));
        var before = CampaignRules.Summary(campaign);
        CampaignRules.Apply(campaign, input);
        db.Record(edit, now, AuditKind, campaign.Id, null, before, CampaignRules.Summary(campaign));
        await SaveAsync(db, expectedVersion, cancellationToken);
        await db.AnnounceBrandChangeAsync(campaign.BrandId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return campaign;
    }

    /// <summary>An archived campaign is no longer listed; its posts keep it. Archived: false brings it back.</summary>
    public static async Task<Campaign> ArchiveCampaignAsync(
        this BrandContentDb db, Guid id, bool archived, uint? expectedVersion, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var campaign = await LoadAsync(db, id, expectedVersion, cancellationToken);
        var before = campaign.ArchivedAt;
        campaign.ArchivedAt = archived ? campaign.ArchivedAt ?? now : null;
        db.Record(edit, now, AuditKind, id, null, new { archivedAt = before }, new { archivedAt = campaign.ArchivedAt });
        await SaveAsync(db, expectedVersion, cancellationToken);
        await db.AnnounceBrandChangeAsync(campaign.BrandId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return campaign;
    }

    /// <summary>The brand of a campaign, for access checks before a change; null when there is no such campaign.</summary>
    public static Task<Guid?> CampaignBrandAsync(this BrandContentDb db, Guid id, CancellationToken cancellationToken) =>
        db.Campaigns.Where(c => c.Id == id).Select(c => (Guid?)c.BrandId).FirstOrDefaultAsync(cancellationToken);

    private static async Task<Campaign> LoadAsync(BrandContentDb db, Guid id, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, AuditKind, id);
        if (expectedVersion is { } expected && expected != campaign.Version)
        {
            throw new BrandContentException(ErrorCode.Conflict, expected, campaign.Version);
        }

        return campaign;
    }

    private static async Task SaveAsync(BrandContentDb db, uint? expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BrandContentException(ErrorCode.Conflict, expectedVersion ?? 0, "?");
        }
    }
}
