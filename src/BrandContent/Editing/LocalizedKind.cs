using BrandContent.Access;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Storage;

namespace BrandContent.Editing;

/// <summary>Who owns a localizable entity, and whether it may still be edited.</summary>
public sealed record EntityOwner(Guid EntityId, Guid BrandId, string SourceLocale, bool Archived);

public sealed record EntityRef(Guid Id, Guid BrandId);

/// <summary>
/// The descriptor of one kind of content: its entity and variant types, its localizable fields with their limits,
/// the rules for its own values, how a variant row is made and which brand owns an entity. Editing, archiving,
/// access checks, history, translation reports and XLIFF are written once against this; a kind is described in its
/// own folder by a <see cref="LocalizedKind{TEntity,TVariant,TInput}"/> and listed in <see cref="LocalizedKinds"/>.
/// See docs/architecture.md, "Adding a kind of content".
/// </summary>
public abstract partial class LocalizedKind
{
    public abstract ContentKind Kind { get; }

    /// <summary>The kind's name in mutations (<c>createStory</c>, <c>updateStory</c>) and in the audit log.</summary>
    public string Name => Kind.ToString();

    public string CreateMutation => $"create{Name}";

    public string UpdateMutation => $"update{Name}";

    /// <summary>What an entity of this kind is, with its article ("a story: …"), for the schema's descriptions.</summary>
    public abstract string Description { get; }

    /// <summary>What creating one takes; changing and archiving one takes <see cref="Permission.EditContent"/>.</summary>
    public virtual Permission CreatePermission => Permission.EditContent;

    /// <summary>Whether an entity is created inside a brand (a <c>brand</c> argument); a brand is not.</summary>
    public virtual bool BelongsToBrand => true;

    /// <summary>The record the create and update mutations take as <c>input</c>.</summary>
    public abstract Type InputType { get; }

    public abstract Type EntityType { get; }

    public abstract Type VariantType { get; }

    /// <summary>The text fields stored in a column of their own, with the variant property that holds each.</summary>
    public abstract IReadOnlyList<(LocalizedField Field, string Property)> Columns { get; }

    public abstract IReadOnlyList<LocalizedField> Fields { get; }

    /// <summary>The field that names an item in lists and reports (title, name, headline).</summary>
    public LocalizedField LabelField => Fields[0];

    public LocalizedField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    // The entity's own values.

    /// <summary>A new, unsaved entity; <paramref name="brandId"/> is the brand it belongs to (none for a brand).</summary>
    public abstract IContentEntity NewEntity(Guid? brandId);

    /// <summary>The entity, tracked for a change, or null.</summary>
    public abstract Task<IContentEntity?> FindEntityAsync(BrandContentDb db, Guid id, CancellationToken cancellationToken);

    public abstract Guid BrandOf(IContentEntity entity);

    /// <summary>Problems with the input for this entity (new or existing), each naming its field.</summary>
    public abstract Task<List<FieldProblem>> ValidateEntityAsync(BrandContentDb db, IContentEntity entity, object input, CancellationToken cancellationToken);

    public abstract Task ApplyEntityAsync(BrandContentDb db, IContentEntity entity, object input, CancellationToken cancellationToken);

    /// <summary>The entity's own (non-localized) values as text, for editors and the audit log.</summary>
    public abstract IReadOnlyDictionary<string, string?> EntitySummary(IContentEntity entity);

    // Its localized variants.

    public async Task<EntityOwner?> FindOwnerAsync(BrandContentDb db, Guid entityId, CancellationToken cancellationToken) =>
        (await FindOwnersAsync(db, [entityId], cancellationToken)).GetValueOrDefault(entityId);

    /// <summary>The entities of the selected brands that are not archived, with their brand.</summary>
    public abstract Task<List<EntityRef>> EntitiesAsync(BrandContentDb db, BrandSelection brands, CancellationToken cancellationToken);

    /// <summary>The working or live row, locked FOR UPDATE until the transaction ends; tracked.</summary>
    public async Task<Variant?> LockAsync(BrandContentDb db, Guid entityId, string locale, bool live, CancellationToken cancellationToken) =>
        (await LockAsync(db, [entityId], locale, live, cancellationToken)).GetValueOrDefault(entityId);

    public abstract Task<List<Variant>> WorkingVariantsAsync(BrandContentDb db, IReadOnlyCollection<Guid> entityIds, CancellationToken cancellationToken);

    /// <summary>A new working variant of the owner's entity in a locale (a translation when it is not the source locale).</summary>
    public abstract Variant Create(EntityOwner owner, string locale);

    /// <summary>
    /// The instants after <paramref name="now"/> at which a live variant of the selected brands appears or disappears
    /// by itself (its <c>publishAt</c> or <c>unpublishAt</c>), as a query to combine with other kinds'.
    /// </summary>
    public abstract IQueryable<DateTimeOffset?> DeliveryChangeTimes(BrandContentDb db, BrandSelection brands, DateTimeOffset now);

    /// <summary>Which locales of these entities delivery serves right now.</summary>
    public abstract Task<List<(Guid EntityId, string Locale)>> LiveLocalesAsync(
        BrandContentDb db, IReadOnlyCollection<Guid> entityIds, DateTimeOffset now, CancellationToken cancellationToken);

    public abstract string? Get(Variant variant, string field);

    public abstract void Set(Variant variant, string field, string? value);

    /// <summary>Rules beyond required, length and format (slug uniqueness, for instance), over one variant or a batch, in one go.</summary>
    public abstract Task<IEnumerable<(Variant Variant, FieldProblem Problem)>> ValidateAsync(
        BrandContentDb db, IReadOnlyList<(Variant Variant, EntityOwner Owner)> variants, CancellationToken cancellationToken);

    /// <summary>Removes the live row, if any; true when there was one.</summary>
    public abstract Task<bool> DeleteLiveAsync(BrandContentDb db, Guid entityId, string locale, CancellationToken cancellationToken);

    /// <summary>The working variant in the brand's source locale: what translations are made from.</summary>
    public async Task<Variant?> SourceVariantAsync(BrandContentDb db, EntityOwner owner, CancellationToken cancellationToken) =>
        (await WorkingVariantsAsync(db, [owner.EntityId], cancellationToken)).FirstOrDefault(v => v.Locale == owner.SourceLocale);

    public Dictionary<string, string?> Snapshot(Variant variant) => Fields.ToDictionary(f => f.Name, f => Get(variant, f.Name));
}
