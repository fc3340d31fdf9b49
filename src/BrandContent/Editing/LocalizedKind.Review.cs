using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>A working variant a reviewer has yet to act on, with its entity's brand.</summary>
public sealed record AwaitingReview(Variant Variant, Guid BrandId);

/// <summary>What a reviewer reads: the variants waiting in review, and the live copy a working copy would replace.</summary>
public abstract partial class LocalizedKind
{
    /// <summary>
    /// Working variants IN_REVIEW or APPROVED (not yet published) of the selected brands' entities that are not archived,
    /// in the given locales (every locale when null): two statements whatever their number.
    /// </summary>
    public abstract Task<List<AwaitingReview>> AwaitingReviewAsync(
        BrandContentDb db, BrandSelection brands, IReadOnlyCollection<string>? locales, CancellationToken cancellationToken);

    /// <summary>The live row of a variant (what publishing last copied), untracked; null when it was never published or was unpublished.</summary>
    public abstract Task<Variant?> LiveVariantAsync(BrandContentDb db, Guid entityId, string locale, CancellationToken cancellationToken);
}

public abstract partial class LocalizedKind<TEntity, TVariant, TInput>
{
    public override async Task<List<AwaitingReview>> AwaitingReviewAsync(
        BrandContentDb db, BrandSelection brands, IReadOnlyCollection<string>? locales, CancellationToken cancellationToken)
    {
        var tags = locales?.ToArray();
        var entities = db.Set<TEntity>().Unarchived()
            .Where(brandKey.With((e, brandId) => brands.Ids == null || brands.Ids.Contains(brandId)))
            .Select(e => e.Id);
        var variants = await db.Set<TVariant>()
            .Where(v => !v.IsLive && (v.Status == WorkflowStatus.InReview || v.Status == WorkflowStatus.Approved))
            .Where(v => tags == null || tags.Contains(v.Locale))
            .Where(ownerKey.With((v, owner) => entities.Contains(owner)))
            .ToListAsync(cancellationToken);
        var owners = await FindOwnersAsync(db, variants.Select(v => v.OwnerId).Distinct().ToList(), cancellationToken);
        return variants.Select(v => new AwaitingReview(v, owners[v.OwnerId].BrandId)).ToList();
    }

    public override async Task<Variant?> LiveVariantAsync(BrandContentDb db, Guid entityId, string locale, CancellationToken cancellationToken) =>
        await db.Set<TVariant>().Where(v => v.IsLive && v.Locale == locale).Where(OwnedBy([entityId])).FirstOrDefaultAsync(cancellationToken);
}
