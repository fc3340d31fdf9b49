using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>A live variant and the instant it went live: its publishAt, or when its live row was written (demo content).</summary>
public sealed record PublishedVariant(Guid EntityId, string Locale, DateTimeOffset PublishedAt);

/// <summary>What the yearly report counts of any kind: the live variants of a brand that went live in a period.</summary>
public abstract partial class LocalizedKind
{
    /// <summary>
    /// Live, published variants of the brand's unarchived entities whose publication falls in [<paramref name="from"/>,
    /// <paramref name="to"/>) and is not after <paramref name="now"/>; one statement.
    /// </summary>
    public abstract Task<List<PublishedVariant>> PublishedBetweenAsync(
        BrandContentDb db, Guid brandId, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, CancellationToken cancellationToken);
}

public abstract partial class LocalizedKind<TEntity, TVariant, TInput>
{
    public override async Task<List<PublishedVariant>> PublishedBetweenAsync(
        BrandContentDb db, Guid brandId, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entities = db.Set<TEntity>().Unarchived().Where(brandKey.With((e, brand) => brand == brandId)).Select(e => e.Id);
        var rows = await db.Set<TVariant>()
            .Where(v => v.IsLive && v.Status == WorkflowStatus.Published)
            .Where(ownerKey.With((v, owner) => entities.Contains(owner)))
            .Select(ownerKey.With((v, owner) => new { Owner = owner, v.Locale, At = v.PublishAt ?? v.CreatedAt }))
            .Where(r => r.At >= from && r.At < to && r.At <= now)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublishedVariant(r.Owner, r.Locale, r.At)).ToList();
    }
}
