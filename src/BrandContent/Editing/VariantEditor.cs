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
    public Task<Variant> UpsertAsync(
        LocalizedKind kind, Guid entityId, string locale, int? expectedRevision, IReadOnlyDictionary<string, string?> values,
        int? sourceRevision, EditContext edit, CancellationToken cancellationToken) =>
        SaveAsync(kind, entityId, locale, expectedRevision, values, sourceRevision, RevisionAction.Updated, edit, cancellationToken);

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
        return await SaveAsync(kind, entityId, locale, expectedRevision, values, null, RevisionAction.Restored, edit, cancellationToken);
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

    private async Task<Variant> SaveAsync(
        LocalizedKind kind, Guid entityId, string locale, int? expectedRevision, IReadOnlyDictionary<string, string?> values,
        int? sourceRevision, RevisionAction action, EditContext edit, CancellationToken cancellationToken)
    {
        locale = await RequireLocaleAsync(locale, cancellationToken);
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var owner = await RequireOwnerAsync(kind, entityId, cancellationToken);
        var variant = await kind.LockAsync(db, entityId, locale, live: false, cancellationToken);
        if (variant is null && expectedRevision is not (null or 0))
        {
            throw new BrandContentException(ErrorCode.Conflict, expectedRevision, 0);
        }

        if (variant is not null)
        {
            CheckRevision(variant, expectedRevision ?? 0);
        }

        var before = variant is null ? null : kind.Snapshot(variant);
        if (variant is null)
        {
            variant = kind.Create(owner, locale);
            db.Add(variant);
        }

        foreach (var (name, value) in values.Where(v => kind.Field(v.Key) is not null))
        {
            kind.Set(variant, name, string.IsNullOrWhiteSpace(value) ? null : value);
        }

        await ValidateAsync(kind, variant, owner, values.Keys, cancellationToken);
        var after = kind.Snapshot(variant);
        var changed = kind.Fields.Where(f => before is null ? after[f.Name] is not null : before[f.Name] != after[f.Name]).Select(f => f.Name).ToList();
        var isTranslation = locale != owner.SourceLocale;
        var newSourceRevision = isTranslation ? sourceRevision ?? await SourceRevisionAsync(kind, owner, cancellationToken) : (int?)null;
        if (before is not null && changed.Count == 0 && newSourceRevision == variant.SourceRevision)
        {
            return variant;
        }

        variant.SourceRevision = newSourceRevision;
        variant.Revision = (before is null ? 0 : variant.Revision) + 1;
        variant.Status = WorkflowStatus.Draft;
        var now = clock.GetUtcNow();
        Touch(variant, edit, now);
        db.History(kind, variant, before is null ? RevisionAction.Created : action, edit, now, JsonSerializer.Serialize(after), changed);
        db.Record(edit, now, kind.Kind.ToString(), entityId, locale, before, after);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another writer created the same variant between our read and our insert.
            throw new BrandContentException(ErrorCode.Conflict, expectedRevision ?? 0, "?");
        }

        await transaction.CommitAsync(cancellationToken);
        return variant;
    }

    private async Task ValidateAsync(LocalizedKind kind, Variant variant, EntityOwner owner, IEnumerable<string> given, CancellationToken cancellationToken)
    {
        var problems = given.Where(name => kind.Field(name) is null).Select(name => new FieldProblem(name, ValidationRule.Reference, name)).ToList();
        foreach (var field in kind.Fields)
        {
            var value = kind.Get(variant, field.Name);
            if (field.Required && string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new FieldProblem(field.Name, ValidationRule.Required));
            }
            else if (value is not null && value.Length > field.MaxLength)
            {
                problems.Add(new FieldProblem(field.Name, ValidationRule.MaxLength, field.MaxLength, value.Length));
            }
            else if (field.Format == FieldFormat.Slug && value is not null && !Checks.Slug().IsMatch(value))
            {
                problems.Add(new FieldProblem(field.Name, ValidationRule.SlugFormat, value));
            }
        }

        if (problems.Count == 0)
        {
            problems.AddRange(await kind.ValidateAsync(db, variant, owner, cancellationToken));
        }

        ValidationFailedException.ThrowIfAny(problems);
    }

    private async Task<int> SourceRevisionAsync(LocalizedKind kind, EntityOwner owner, CancellationToken cancellationToken) =>
        (await kind.SourceVariantAsync(db, owner, cancellationToken))?.Revision ?? 0;

    private async Task<string> RequireLocaleAsync(string locale, CancellationToken cancellationToken)
    {
        var tag = LocaleTag.Normalize(locale);
        return await db.Locales.Unarchived().AnyAsync(l => l.Tag == tag, cancellationToken) ? tag : throw new BrandContentException(ErrorCode.LocaleNotFound, tag);
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
