using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>Who owns a localizable entity, and whether it may still be edited.</summary>
public sealed record EntityOwner(Guid EntityId, Guid BrandId, string SourceLocale, bool Archived);

public sealed record EntityRef(Guid Id, Guid BrandId);

/// <summary>
/// Everything generic code needs to know about one kind of localized content: its fields, how to read and write
/// them by name, where its variants are stored and which brand owns an entity. Editing, history, translation
/// reports and XLIFF are written once against this.
/// </summary>
public abstract partial class LocalizedKind
{
    public abstract ContentKind Kind { get; }

    public abstract IReadOnlyList<LocalizedField> Fields { get; }

    /// <summary>The field that names an item in lists and reports (title, name, headline).</summary>
    public LocalizedField LabelField => Fields[0];

    public LocalizedField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public abstract Task<EntityOwner?> FindOwnerAsync(BrandContentDb db, Guid entityId, CancellationToken cancellationToken);

    /// <summary>The entities of a brand (or of every brand) that are not archived, with their brand.</summary>
    public abstract Task<List<EntityRef>> EntitiesAsync(BrandContentDb db, Guid? brandId, CancellationToken cancellationToken);

    /// <summary>The working or live row, locked FOR UPDATE until the transaction ends; tracked.</summary>
    public abstract Task<Variant?> LockAsync(BrandContentDb db, Guid entityId, string locale, bool live, CancellationToken cancellationToken);

    public abstract Task<List<Variant>> WorkingVariantsAsync(BrandContentDb db, IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken);

    public abstract Variant Create(EntityOwner owner, string locale);

    /// <summary>Which locales of these entities delivery serves right now.</summary>
    public abstract Task<List<(Guid EntityId, string Locale)>> LiveLocalesAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, DateTimeOffset now, CancellationToken cancellationToken);

    public abstract string? Get(Variant variant, string field);

    public abstract void Set(Variant variant, string field, string? value);

    /// <summary>Rules beyond required and length (slug uniqueness, for instance), over one variant or a batch, in one go.</summary>
    public abstract Task<IEnumerable<(Variant Variant, FieldProblem Problem)>> ValidateAsync(
        BrandContentDb db, IReadOnlyList<(Variant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken);

    /// <summary>Removes the live row, if any; true when there was one.</summary>
    public abstract Task<bool> DeleteLiveAsync(BrandContentDb db, Guid entityId, string locale, CancellationToken cancellationToken);

    /// <summary>The working variant in the brand's source locale: what translations are made from.</summary>
    public async Task<Variant?> SourceVariantAsync(BrandContentDb db, EntityOwner owner, CancellationToken cancellationToken) =>
        (await WorkingVariantsAsync(db, [owner.EntityId], cancellationToken)).FirstOrDefault(v => v.Locale == owner.SourceLocale);

    public Dictionary<string, string?> Snapshot(Variant variant) => Fields.ToDictionary(f => f.Name, f => Get(variant, f.Name));
}

/// <summary>The generic implementation over one entity and variant type.</summary>
public sealed partial class LocalizedKind<TEntity, TVariant>(ContentKind kind, string ownerColumn, string brandColumn) : LocalizedKind
    where TEntity : class
    where TVariant : Variant, new()
{
    private readonly Dictionary<string, (Func<TVariant, string?> Get, Action<TVariant, string?> Set)> accessors = [];
    private readonly List<LocalizedField> fields = [];

    public override ContentKind Kind => kind;

    public override IReadOnlyList<LocalizedField> Fields => fields;

    /// <summary>Extra work when a variant row is created (e.g. copying the brand id for slug uniqueness).</summary>
    public Action<TVariant, EntityOwner>? OnCreate { get; init; }

    public Func<BrandContentDb, IReadOnlyList<(TVariant Variant, EntityOwner Owner)>, CancellationToken, Task<IEnumerable<(TVariant Variant, FieldProblem Problem)>>>? Rules { get; init; }

    public LocalizedKind<TEntity, TVariant> Text(LocalizedField field, Func<TVariant, string?> get, Action<TVariant, string?> set)
    {
        fields.Add(field);
        accessors[field.Name] = (get, set);
        return this;
    }

    public LocalizedKind<TEntity, TVariant> Lines(LocalizedField field, Func<TVariant, List<string>> get, Action<TVariant, List<string>> set) =>
        Text(
            field,
            v => get(v) is { Count: > 0 } items ? string.Join('\n', items) : null,
            (v, text) => set(v, (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()));

    public override async Task<EntityOwner?> FindOwnerAsync(BrandContentDb db, Guid entityId, CancellationToken cancellationToken)
    {
        var row = await db.Set<TEntity>()
            .Where(e => EF.Property<Guid>(e, "Id") == entityId)
            .Select(e => new { BrandId = EF.Property<Guid>(e, brandColumn), Archived = EF.Property<DateTimeOffset?>(e, "ArchivedAt") != null })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var source = await db.Brands.Where(b => b.Id == row.BrandId).Select(b => b.SourceLocale).FirstAsync(cancellationToken);
        return new EntityOwner(entityId, row.BrandId, source, row.Archived);
    }

    public override Task<List<EntityRef>> EntitiesAsync(BrandContentDb db, Guid? brandId, CancellationToken cancellationToken) =>
        db.Set<TEntity>()
            .Where(e => EF.Property<DateTimeOffset?>(e, "ArchivedAt") == null && (brandId == null || EF.Property<Guid>(e, brandColumn) == brandId))
            .Select(e => new EntityRef(EF.Property<Guid>(e, "Id"), EF.Property<Guid>(e, brandColumn)))
            .ToListAsync(cancellationToken);

    public override async Task<Variant?> LockAsync(BrandContentDb db, Guid entityId, string locale, bool live, CancellationToken cancellationToken)
    {
        // Table and column names come from the EF model, the values are parameters.
        var table = db.Model.FindEntityType(typeof(TVariant))!.GetTableName();
        var sql = $"SELECT * FROM \"{table}\" WHERE \"{ownerColumn}\" = {{0}} AND \"Locale\" = {{1}} AND \"IsLive\" = {{2}} FOR UPDATE";
        return await db.Set<TVariant>()
            .FromSqlRaw(sql, entityId, locale, live)
            .AsTracking()
            .FirstOrDefaultAsync(cancellationToken);
    }

    public override async Task<List<Variant>> WorkingVariantsAsync(BrandContentDb db, IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken) =>
        [.. await db.Set<TVariant>().Where(v => !v.IsLive && entityIds.Contains(EF.Property<Guid>(v, ownerColumn))).ToListAsync(cancellationToken)];

    public override async Task<List<(Guid EntityId, string Locale)>> LiveLocalesAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TVariant>().Visible(preview: false, now)
            .Where(v => entityIds.Contains(EF.Property<Guid>(v, ownerColumn)))
            .Select(v => new { Owner = EF.Property<Guid>(v, ownerColumn), v.Locale })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Owner, r.Locale)).ToList();
    }

    public override Variant Create(EntityOwner owner, string locale)
    {
        var variant = new TVariant { Locale = locale, SourceRevision = locale == owner.SourceLocale ? null : 0 };
        typeof(TVariant).GetProperty(ownerColumn)!.SetValue(variant, owner.EntityId);
        OnCreate?.Invoke(variant, owner);
        return variant;
    }

    public override string? Get(Variant variant, string field) => accessors[field].Get((TVariant)variant);

    public override void Set(Variant variant, string field, string? value) => accessors[field].Set((TVariant)variant, value);

    public override async Task<IEnumerable<(Variant Variant, FieldProblem Problem)>> ValidateAsync(
        BrandContentDb db, IReadOnlyList<(Variant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken) =>
        Rules is null || variants.Count == 0 ? [] : (await Rules(db, [.. variants.Select(v => ((TVariant)v.Variant, v.Owner))], cancellationToken)).Select(p => ((Variant)p.Variant, p.Problem));

    public override async Task<bool> DeleteLiveAsync(BrandContentDb db, Guid entityId, string locale, CancellationToken cancellationToken) =>
        await db.Set<TVariant>()
            .Where(v => v.IsLive && v.Locale == locale && EF.Property<Guid>(v, ownerColumn) == entityId)
            .ExecuteDeleteAsync(cancellationToken) > 0;
}
