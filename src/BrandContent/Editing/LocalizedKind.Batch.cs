using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>What writing many variants of one kind at once needs (an XLIFF import): a statement per step, not one per entity.</summary>
public abstract partial class LocalizedKind
{
    /// <summary>The owners of these entities, by entity id; ids that name no entity are missing.</summary>
    public abstract Task<Dictionary<Guid, EntityOwner>> FindOwnersAsync(BrandContentDb db, IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken);

    /// <summary>
    /// The working or live rows of these entities in one locale, by entity id, locked FOR UPDATE until the transaction
    /// ends (in id order, so that two batches never wait on each other crosswise); tracked.
    /// </summary>
    public abstract Task<Dictionary<Guid, Variant>> LockAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, string locale, bool live, CancellationToken cancellationToken);
}

public abstract partial class LocalizedKind<TEntity, TVariant, TInput>
{
    public override async Task<Dictionary<Guid, EntityOwner>> FindOwnersAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken)
    {
        var ids = entityIds.ToArray();
        var rows = await db.Set<TEntity>()
            .Where(e => ids.Contains(e.Id))
            .Select(brandKey.With((e, brandId) => new
            {
                e.Id,
                BrandId = brandId,
                Archived = e.ArchivedAt != null,
                SourceLocale = db.Brands.Where(b => b.Id == brandId).Select(b => b.SourceLocale).First(),
            }))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new EntityOwner(r.Id, r.BrandId, r.SourceLocale, r.Archived));
    }

    public override async Task<Dictionary<Guid, Variant>> LockAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, string locale, bool live, CancellationToken cancellationToken)
    {
        // EF Core has no FOR UPDATE: table and column names come from the model, the values are parameters.
        var table = db.Model.FindEntityType(typeof(TVariant))!;
        var owner = table.FindProperty(ownerKey.PropertyName())!.GetColumnName();
        var sql = $"SELECT * FROM \"{table.GetTableName()}\" WHERE \"{owner}\" = ANY({{0}}) AND \"Locale\" = {{1}} AND \"IsLive\" = {{2}} ORDER BY \"Id\" FOR UPDATE";
        var rows = await db.Set<TVariant>().FromSqlRaw(sql, entityIds.ToArray(), locale, live).AsTracking().ToListAsync(cancellationToken);
        return rows.ToDictionary(v => v.OwnerId, v => (Variant)v);
    }
}
