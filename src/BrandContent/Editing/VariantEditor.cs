using System.Text.Json;
using BrandContent.Auditing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BrandContent.Editing;

/// <summary>
/// Writes the working copy of a variant: checked field by field, versioned (a stale expected revision is a
/// CONFLICT, never a lost update), recorded in the variant's history and in the audit log, in one transaction.
/// </summary>
public sealed class VariantEditor(BrandContentDb db, TimeProvider clock)
{
    public async Task<Variant> UpsertAsync(
        LocalizedKind kind, Guid entityId, string locale, int? expectedRevision, IReadOnlyDictionary<string, string?> values,
        int? sourceRevision, EditContext edit, CancellationToken cancellationToken) =>
        (await SaveAsync(kind, locale, [new VariantWrite(entityId, expectedRevision, values, sourceRevision)], RevisionAction.Updated, edit, null, cancellationToken))[0];

    /// <summary>
    /// Writes many variants of one kind in one locale exactly as <see cref="UpsertAsync"/> writes one (checks,
    /// revision, history, audit), with a statement per step instead of several per variant, saved together. Every
    /// broken rule of every write is reported in one <see cref="ValidationFailedException"/>, each problem passed
    /// through <paramref name="locate"/> with the index of its write; then nothing is saved.
    /// </summary>
    public Task<IReadOnlyList<Variant>> UpsertManyAsync(
        LocalizedKind kind, string locale, IReadOnlyList<VariantWrite> writes, EditContext edit, Func<int, FieldProblem, FieldProblem> locate,
        CancellationToken cancellationToken) =>
        SaveAsync(kind, locale, writes, RevisionAction.Updated, edit, locate, cancellationToken);

    /// <summary>Writes an earlier revision's text again, as a new revision.</summary>
    public async Task<Variant> RestoreAsync(
        LocalizedKind kind, Guid entityId, string locale, int revision, int expectedRevision, EditContext edit, CancellationToken cancellationToken)
    {
        locale = LocaleTag.Normalize(locale);
        var snapshot = await db.VariantRevisions
            .Where(r => r.Kind == kind.Kind && r.EntityId == entityId && r.Locale == locale && r.Revision == revision && r.Snapshot != null)
            .OrderByDescending(r => r.At)
            .Select(r => r.Snapshot)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new BrandContentException(ErrorCode.RevisionNotFound, revision, locale);
        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(snapshot)!
            .Where(pair => kind.Field(pair.Key) is not null)
            .ToDictionary();
        return (await SaveAsync(kind, locale, [new VariantWrite(entityId, expectedRevision, values)], RevisionAction.Restored, edit, null, cancellationToken))[0];
    }

    /// <summary>A translator says the translation still matches the changed source: it is no longer outdated.</summary>
    public async Task<Variant> ConfirmCurrentAsync(
        LocalizedKind kind, Guid entityId, string locale, int? expectedRevision, EditContext edit, CancellationToken cancellationToken)
    {
        locale = LocaleTag.Normalize(locale);
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var owner = await RequireOwnerAsync(kind, entityId, cancellationToken);
        if (locale == owner.SourceLocale)
        {
            throw new BrandContentException(ErrorCode.NotATranslation, locale);
        }

        var variant = await kind.LockAsync(db, entityId, locale, live: false, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.VariantNotFound, kind.Kind, entityId, locale);
        CheckRevision(variant, expectedRevision);
        var before = variant.SourceRevision;
        variant.SourceRevision = await SourceRevisionAsync(kind, owner, cancellationToken);
        var now = clock.GetUtcNow();
        Touch(variant, edit, now);
        db.History(kind, variant, RevisionAction.ConfirmedCurrent, edit, now);
        db.Record(edit, now, kind.Kind.ToString(), entityId, locale, new { sourceRevision = before }, new { sourceRevision = variant.SourceRevision });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return variant;
    }

    private async Task<IReadOnlyList<Variant>> SaveAsync(
        LocalizedKind kind, string locale, IReadOnlyList<VariantWrite> writes, RevisionAction action, EditContext edit,
        Func<int, FieldProblem, FieldProblem>? locate, CancellationToken cancellationToken)
    {
        locale = await RequireLocaleAsync(locale, cancellationToken);
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var entityIds = writes.Select(w => w.EntityId).Distinct().ToList();
        var owners = await kind.FindOwnersAsync(db, entityIds, cancellationToken);
        var rows = await kind.LockAsync(db, entityIds, locale, live: false, cancellationToken);
        var sourceRevisions = await SourceRevisionsAsync(kind, locale, writes, owners, cancellationToken);
        var sources = await SourcesOfNewTranslationsAsync(kind, locale, writes, owners, rows, cancellationToken);
        var batch = new VariantBatch(db, kind, locale, clock.GetUtcNow());
        var prepared = writes
            .Select(w => batch.Prepare(w, RequireOwner(kind, w.EntityId, owners), rows.GetValueOrDefault(w.EntityId), sources.GetValueOrDefault(w.EntityId)))
            .ToList();

        // The kind's rules run once for the batch, on the writes that pass the field checks (as for a single write).
        var ruled = (await kind.ValidateAsync(db, [.. prepared.Where(p => p.Problems.Count == 0).Select(p => (p.Variant, p.Owner))], cancellationToken))
            .ToLookup(p => p.Variant, p => p.Problem);
        var problems = new List<FieldProblem>();
        foreach (var (write, index) in prepared.Select((p, i) => (p, i)))
        {
            var found = write.Problems.Count > 0 ? write.Problems : ruled.Contains(write.Variant) ? [.. ruled[write.Variant]] : batch.TakeSlugs(write);
            problems.AddRange(found.Select(p => locate is null ? p : locate(index, p)));
            if (found.Count == 0)
            {
                var translatedFrom = locale != write.Owner.SourceLocale ? write.Write.SourceRevision ?? sourceRevisions[write.Write.EntityId] : (int?)null;
                batch.Record(write, translatedFrom, action, edit);
            }
        }

        ValidationFailedException.ThrowIfAny(problems);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another writer created the same variant between our read and our insert.
            throw new BrandContentException(ErrorCode.Conflict, writes[0].ExpectedRevision ?? 0, "?");
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. prepared.Select(p => p.Variant)];
    }

    /// <summary>For translations written without one: the revision of the source they are now made from, by entity.</summary>
    private async Task<Dictionary<Guid, int>> SourceRevisionsAsync(
        LocalizedKind kind, string locale, IReadOnlyList<VariantWrite> writes, Dictionary<Guid, EntityOwner> owners, CancellationToken cancellationToken)
    {
        var ids = writes
            .Where(w => w.SourceRevision is null && owners.TryGetValue(w.EntityId, out var owner) && owner.SourceLocale != locale)
            .Select(w => w.EntityId).Distinct().ToList();
        var revisions = ids.ToDictionary(id => id, _ => 0);
        if (ids.Count > 0)
        {
            foreach (var source in (await kind.WorkingVariantsAsync(db, ids, cancellationToken)).Where(v => v.Locale == owners[v.OwnerId].SourceLocale))
            {
                revisions[source.OwnerId] = source.Revision;
            }
        }

        return revisions;
    }

    /// <summary>
    /// The source variants of the translations this batch creates, by entity, when the kind has fields that are not
    /// translated (a post's media): a new translation starts with the source's values of those.
    /// </summary>
    private async Task<Dictionary<Guid, Variant>> SourcesOfNewTranslationsAsync(
        LocalizedKind kind, string locale, IReadOnlyList<VariantWrite> writes, Dictionary<Guid, EntityOwner> owners, Dictionary<Guid, Variant> rows,
        CancellationToken cancellationToken)
    {
        var ids = writes
            .Where(w => !rows.ContainsKey(w.EntityId) && owners.TryGetValue(w.EntityId, out var owner) && owner.SourceLocale != locale)
            .Select(w => w.EntityId).Distinct().ToList();
        if (ids.Count == 0 || kind.Fields.All(f => f.Translatable))
        {
            return [];
        }

        return (await kind.WorkingVariantsAsync(db, ids, cancellationToken))
            .Where(v => v.Locale == owners[v.OwnerId].SourceLocale)
            .ToDictionary(v => v.OwnerId);
    }

    private async Task<int> SourceRevisionAsync(LocalizedKind kind, EntityOwner owner, CancellationToken cancellationToken) =>
        (await kind.SourceVariantAsync(db, owner, cancellationToken))?.Revision ?? 0;

    private async Task<string> RequireLocaleAsync(string locale, CancellationToken cancellationToken)
    {
        var tag = LocaleTag.Normalize(locale);
        return await db.Locales.Unarchived().AnyAsync(l => l.Tag == tag, cancellationToken) ? tag : throw new BrandContentException(ErrorCode.LocaleNotFound, tag);
    }

    private static EntityOwner RequireOwner(LocalizedKind kind, Guid entityId, Dictionary<Guid, EntityOwner> owners)
    {
        var owner = owners.GetValueOrDefault(entityId) ?? throw new BrandContentException(ErrorCode.NotFound, kind.Kind, entityId);
        return owner.Archived ? throw new BrandContentException(ErrorCode.Archived, kind.Kind, entityId) : owner;
    }

    internal async Task<EntityOwner> RequireOwnerAsync(LocalizedKind kind, Guid entityId, CancellationToken cancellationToken)
    {
        var owner = await kind.FindOwnerAsync(db, entityId, cancellationToken) ?? throw new BrandContentException(ErrorCode.NotFound, kind.Kind, entityId);
        return owner.Archived ? throw new BrandContentException(ErrorCode.Archived, kind.Kind, entityId) : owner;
    }

    internal static void CheckRevision(Variant variant, int? expectedRevision)
    {
        if (expectedRevision is { } expected && expected != variant.Revision)
        {
            throw new BrandContentException(ErrorCode.Conflict, expected, variant.Revision);
        }
    }

    internal static void Touch(Variant variant, EditContext edit, DateTimeOffset now)
    {
        variant.UpdatedAt = now;
        variant.UpdatedBy = edit.Actor;
    }
}
