using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>What writing many variants of one kind at once needs: a statement per step, not one per entity.</summary>
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

public sealed partial class LocalizedKind<TEntity, TVariant>
{
    public override async Task<Dictionary<Guid, EntityOwner>> FindOwnersAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TEntity>()
            .Where(e => entityIds.Contains(EF.Property<Guid>(e, "Id")))
            .Select(e => new
            {
                Id = EF.Property<Guid>(e, "Id"),
                BrandId = EF.Property<Guid>(e, brandColumn),
                Archived = EF.Property<DateTimeOffset?>(e, "ArchivedAt") != null,
            })
            .ToListAsync(cancellationToken);
        var brandIds = rows.Select(r => r.BrandId).Distinct().ToList();
        var sources = await db.Brands.Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.SourceLocale, cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new EntityOwner(r.Id, r.BrandId, sources[r.BrandId], r.Archived));
    }

    public override async Task<Dictionary<Guid, Variant>> LockAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, string locale, bool live, CancellationToken cancellationToken)
    {
        // Table and column names come from the EF model, the values are parameters.
        var table = db.Model.FindEntityType(typeof(TVariant))!.GetTableName();
        var sql = $"SELECT * FROM \"{table}\" WHERE \"{ownerColumn}\" = ANY({{0}}) AND \"Locale\" = {{1}} AND \"IsLive\" = {{2}} ORDER BY \"Id\" FOR UPDATE";
        var rows = await db.Set<TVariant>().FromSqlRaw(sql, entityIds.ToArray(), locale, live).AsTracking().ToListAsync(cancellationToken);
        return rows.ToDictionary(v => v.OwnerId, v => (Variant)v);
    }
}
