using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>An entity with its live variants visible now in the locales asked for, for callers that pick per chain themselves.</summary>
public sealed record DeliveredEntity(IContentEntity Entity, IReadOnlyList<Variant> Variants);

/// <summary>What delta sync reads of any kind: delivered entities page by page or by id, and the instants that change them.</summary>
public abstract partial class LocalizedKind
{
    /// <summary>
    /// Up to <paramref name="take"/> unarchived entities of the brand with a visible variant in one of
    /// <paramref name="locales"/>, by id after <paramref name="after"/> (PostgreSQL's uuid order); two statements.
    /// </summary>
    public abstract Task<List<DeliveredEntity>> DeliveredPageAsync(
        BrandContentDb db, Guid brandId, IReadOnlyCollection<string> locales, Guid? after, int take, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>These entities when unarchived, with their visible variants in <paramref name="locales"/>; two statements.</summary>
    public abstract Task<List<DeliveredEntity>> DeliveredByIdAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> locales, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Entities a live row of which starts or stops being delivered in (<paramref name="after"/>, <paramref name="upTo"/>].</summary>
    public abstract IQueryable<EntityRef> DeliveryChangesBetween(BrandContentDb db, DateTimeOffset after, DateTimeOffset upTo);

    /// <summary>The entity as delivered in one chain: the <c>Localized</c> of its kind, which the GraphQL types know.</summary>
    public abstract object Localize(IContentEntity entity, Variant variant, LocaleChain chain);
}

public abstract partial class LocalizedKind<TEntity, TVariant, TInput>
{
    public override async Task<List<DeliveredEntity>> DeliveredPageAsync(
        BrandContentDb db, Guid brandId, IReadOnlyCollection<string> locales, Guid? after, int take, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var codes = locales.ToArray();
        var delivered = db.Set<TVariant>().Visible(preview: false, now).Where(v => codes.Contains(v.Locale)).Select(ownerKey);
        var entities = db.Set<TEntity>().Unarchived().Where(brandKey.With((e, brand) => brand == brandId)).Where(e => delivered.Contains(e.Id));
        if (after is { } last)
        {
            entities = entities.Where(e => e.Id > last);
        }

        var rows = await entities.OrderBy(e => e.Id).Take(take).ToListAsync(cancellationToken);
        return await WithVariantsAsync(db, rows, codes, now, cancellationToken);
    }

    public override async Task<List<DeliveredEntity>> DeliveredByIdAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> locales, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = ids.ToArray();
        var rows = await db.Set<TEntity>().Unarchived().Where(e => wanted.Contains(e.Id)).ToListAsync(cancellationToken);
        return await WithVariantsAsync(db, rows, [.. locales], now, cancellationToken);
    }

    public override IQueryable<EntityRef> DeliveryChangesBetween(BrandContentDb db, DateTimeOffset after, DateTimeOffset upTo) =>
        db.Set<TVariant>()
            .Where(v => v.IsLive && ((v.PublishAt > after && v.PublishAt <= upTo) || (v.UnpublishAt > after && v.UnpublishAt <= upTo)))
            .Join(db.Set<TEntity>(), ownerKey, e => e.Id, (v, e) => e)
            .Select(brandKey.With((e, brand) => new EntityRef(e.Id, brand)));

    public override object Localize(IContentEntity entity, Variant variant, LocaleChain chain) =>
        new Localized<TEntity, TVariant>((TEntity)entity, (TVariant)variant, chain);

    private async Task<List<DeliveredEntity>> WithVariantsAsync(
        BrandContentDb db, List<TEntity> rows, string[] codes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var variants = (await db.Set<TVariant>().Visible(preview: false, now)
            .Where(v => codes.Contains(v.Locale))
            .Where(OwnedBy([.. rows.Select(e => e.Id)]))
            .ToListAsync(cancellationToken)).ToLookup(v => v.OwnerId);
        return rows.Select(e => new DeliveredEntity(e, variants[e.Id].ToList<Variant>())).ToList();
    }
}
