using System.Linq.Expressions;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Editing;

/// <summary>
/// The descriptor of one kind over its entity, variant and input types. A kind's own descriptor (in its feature
/// folder) names the brand and owner keys, makes new rows, lists its fields and brings the rules of its own values.
/// </summary>
public abstract partial class LocalizedKind<TEntity, TVariant, TInput>(
    ContentKind kind, IEntityRules<TEntity, TInput> rules, Expression<Func<TEntity, Guid>> brandKey, Expression<Func<TVariant, Guid>> ownerKey)
    : LocalizedKind
    where TEntity : class, IContentEntity
    where TVariant : Variant
    where TInput : class
{
    private readonly Func<TEntity, Guid> brandOf = brandKey.Compile();
    private readonly Dictionary<string, (Func<TVariant, string?> Get, Action<TVariant, string?> Set)> accessors = [];
    private readonly List<(LocalizedField Field, Expression<Func<TVariant, string?>> Property)> columns = [];
    private readonly List<LocalizedField> fields = [];

    public override ContentKind Kind => kind;

    public override Type InputType => typeof(TInput);

    public override Type EntityType => typeof(TEntity);

    public override Type VariantType => typeof(TVariant);

    public override IReadOnlyList<(LocalizedField Field, string Property)> Columns => columns.Select(c => (c.Field, c.Property.PropertyName())).ToList();

    public override IReadOnlyList<LocalizedField> Fields => fields;

    /// <summary>A new entity of the brand (its id is set; the rules fill in the rest).</summary>
    protected abstract TEntity NewEntity(Guid brandId);

    /// <summary>A new variant row of the owner's entity, with its owner key (and any copy of the brand) set.</summary>
    protected abstract TVariant NewVariant(EntityOwner owner);

    /// <summary>Rules of this kind's variants beyond required, length and format (slug uniqueness, for instance), for a batch at once.</summary>
    protected virtual Task<IEnumerable<(TVariant Variant, FieldProblem Problem)>> ValidateVariantsAsync(
        BrandContentDb db, IReadOnlyList<(TVariant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken) =>
        Task.FromResult(Enumerable.Empty<(TVariant, FieldProblem)>());

    /// <summary>A text field, stored in the property <paramref name="property"/> reads: its length limit is the column's too.</summary>
    protected void Text(LocalizedField field, Expression<Func<TVariant, string?>> property, Action<TVariant, string?> set)
    {
        columns.Add((field, property));
        Add(field, property.Compile(), set);
    }

    /// <summary>A list of short items, one per line in text form (XLIFF, reports, upsertVariant).</summary>
    protected void Lines(LocalizedField field, Func<TVariant, List<string>> get, Action<TVariant, List<string>> set) =>
        Add(
            field,
            v => get(v) is { Count: > 0 } items ? string.Join('\n', items) : null,
            (v, text) => set(v, (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList()));

    private void Add(LocalizedField field, Func<TVariant, string?> get, Action<TVariant, string?> set)
    {
        fields.Add(field);
        accessors.Add(field.Name, (get, set));
    }

    /// <summary>The variant table: the columns every variant has, the owner key, and the length of every text field.</summary>
    public void ConfigureVariant(EntityTypeBuilder<TVariant> builder)
    {
        builder.ConfigureVariant(ownerKey);
        foreach (var (field, property) in columns)
        {
            builder.Property(property).HasMaxLength(field.MaxLength);
        }
    }

    public override IContentEntity NewEntity(Guid? brandId) => NewEntity(brandId ?? Guid.Empty);

    public override async Task<IContentEntity?> FindEntityAsync(BrandContentDb db, Guid id, CancellationToken cancellationToken) =>
        await db.Set<TEntity>().AsTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public override Guid BrandOf(IContentEntity entity) => brandOf((TEntity)entity);

    public override async Task<List<FieldProblem>> ValidateEntityAsync(BrandContentDb db, IContentEntity entity, object input, CancellationToken cancellationToken) =>
        await rules.ValidateAsync(db, (TEntity)entity, BrandOf(entity), (TInput)input, cancellationToken);

    public override Task ApplyEntityAsync(BrandContentDb db, IContentEntity entity, object input, CancellationToken cancellationToken) =>
        rules.ApplyAsync(db, (TEntity)entity, (TInput)input, cancellationToken);

    public override IReadOnlyDictionary<string, string?> EntitySummary(IContentEntity entity) => rules.Summary((TEntity)entity);

    public override Task<List<EntityRef>> EntitiesAsync(BrandContentDb db, BrandSelection brands, CancellationToken cancellationToken) =>
        db.Set<TEntity>()
            .Unarchived()
            .Where(brandKey.With((e, brandId) => brands.Ids == null || brands.Ids.Contains(brandId)))
            .Select(brandKey.With((e, brandId) => new EntityRef(e.Id, brandId)))
            .ToListAsync(cancellationToken);

    public override async Task<List<Variant>> WorkingVariantsAsync(BrandContentDb db, IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken) =>
        [.. await db.Set<TVariant>().Where(v => !v.IsLive).Where(OwnedBy(entityIds)).ToListAsync(cancellationToken)];

    public override IQueryable<DateTimeOffset?> DeliveryChangeTimes(BrandContentDb db, BrandSelection brands, DateTimeOffset now)
    {
        var entities = db.Set<TEntity>().Where(brandKey.With((e, brandId) => brands.Ids == null || brands.Ids.Contains(brandId))).Select(e => e.Id);
        // A publishAt in the future comes before its unpublishAt, which publishing checks.
        return db.Set<TVariant>()
            .Where(v => v.IsLive && v.Status == WorkflowStatus.Published && (v.PublishAt > now || v.UnpublishAt > now))
            .Where(ownerKey.With((v, owner) => entities.Contains(owner)))
            .Select(v => v.PublishAt > now ? v.PublishAt : v.UnpublishAt);
    }

    public override async Task<List<(Guid EntityId, string Locale)>> LiveLocalesAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TVariant>().Visible(preview: false, now)
            .Where(OwnedBy(entityIds))
            .Select(ownerKey.With((v, owner) => new { Owner = owner, v.Locale }))
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Owner, r.Locale)).ToList();
    }

    public override Variant Create(EntityOwner owner, string locale)
    {
        var variant = NewVariant(owner);
        variant.Locale = locale;
        variant.SourceRevision = locale == owner.SourceLocale ? null : 0;
        return variant;
    }

    public override string? Get(Variant variant, string field) => accessors[field].Get((TVariant)variant);

    public override void Set(Variant variant, string field, string? value) => accessors[field].Set((TVariant)variant, value);

    public override async Task<IEnumerable<(Variant Variant, FieldProblem Problem)>> ValidateAsync(
        BrandContentDb db, IReadOnlyList<(Variant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken) =>
        variants.Count == 0
            ? []
            : (await ValidateVariantsAsync(db, [.. variants.Select(v => ((TVariant)v.Variant, v.Owner))], cancellationToken)).Select(p => ((Variant)p.Variant, p.Problem));

    public override async Task<bool> DeleteLiveAsync(BrandContentDb db, Guid entityId, string locale, CancellationToken cancellationToken) =>
        await db.Set<TVariant>()
            .Where(v => v.IsLive && v.Locale == locale)
            .Where(OwnedBy([entityId]))
            .ExecuteDeleteAsync(cancellationToken) > 0;

    private Expression<Func<TVariant, bool>> OwnedBy(IReadOnlyCollection<Guid> entityIds)
    {
        var ids = entityIds.ToArray();
        return ownerKey.With((v, owner) => ids.Contains(owner));
    }
}
