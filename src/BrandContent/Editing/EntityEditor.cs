using BrandContent.Auditing;
using BrandContent.Changes;
using BrandContent.Localization;
using BrandContent.Partners;
using BrandContent.Storage;
using BrandContent.Sync;
using BrandContent.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>
/// Creates, updates and archives content entities (their non-localized part) of any kind, through its descriptor:
/// checked by the kind's rules, versioned by PostgreSQL's row version (a stale expected version is a CONFLICT) and audited.
/// </summary>
public sealed class EntityEditor(BrandContentDb db, TimeProvider clock)
{
    /// <summary>A new entity of the kind, in <paramref name="brandId"/> (null for a brand) from the kind's input record.</summary>
    public async Task<IContentEntity> CreateAsync(LocalizedKind kind, Guid? brandId, object input, EditContext edit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var entity = kind.NewEntity(brandId);
        ValidationFailedException.ThrowIfAny(await kind.ValidateEntityAsync(db, entity, input, cancellationToken));
        await kind.ApplyEntityAsync(db, entity, input, cancellationToken);
        db.Add(entity);
        db.Record(edit, clock.GetUtcNow(), kind.Name, entity.Id, null, null, kind.EntitySummary(entity));
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceBrandChangeAsync(kind.BrandOf(entity), cancellationToken);
        await db.RecordContentChangeAsync(kind.Kind, entity.Id, kind.BrandOf(entity), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    public async Task<IContentEntity> UpdateAsync(
        LocalizedKind kind, Guid id, uint? expectedVersion, object input, EditContext edit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var entity = await LoadAsync(kind, id, expectedVersion, cancellationToken, mayBeArchived: false);
        var before = kind.EntitySummary(entity);
        var chainRoot = ContentChangeLog.ChainRoot(entity);
        ValidationFailedException.ThrowIfAny(await kind.ValidateEntityAsync(db, entity, input, cancellationToken));
        await kind.ApplyEntityAsync(db, entity, input, cancellationToken);
        db.Record(edit, clock.GetUtcNow(), kind.Name, entity.Id, null, before, kind.EntitySummary(entity));
        await SaveAsync(expectedVersion, cancellationToken);
        await db.AnnounceBrandChangeAsync(kind.BrandOf(entity), cancellationToken);
        await db.RecordContentChangeAsync(kind.Kind, entity.Id, kind.BrandOf(entity), cancellationToken);
        if (ContentChangeLog.ChainRoot(entity) != chainRoot)
        {
            await db.RecordSyncResetAsync(kind.BrandOf(entity), null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    /// <summary>Archived content keeps its history and translations but is never delivered; unarchiving brings it back.</summary>
    public async Task<IContentEntity> SetArchivedAsync(
        LocalizedKind kind, Guid id, bool archived, uint? expectedVersion, EditContext edit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var entity = await LoadAsync(kind, id, expectedVersion, cancellationToken, mayBeArchived: true);
        var before = entity.ArchivedAt;
        entity.ArchivedAt = archived ? entity.ArchivedAt ?? clock.GetUtcNow() : null;
        db.Record(edit, clock.GetUtcNow(), kind.Name, id, null, new { archivedAt = before }, new { archivedAt = entity.ArchivedAt });
        await SaveAsync(expectedVersion, cancellationToken);
        await db.AnnounceBrandChangeAsync(kind.BrandOf(entity), cancellationToken);
        await db.RecordContentChangeAsync(kind.Kind, entity.Id, kind.BrandOf(entity), cancellationToken);
        if (archived && before is null)
        {
            await db.EnqueueArchivedEventAsync(kind, id, cancellationToken);
        }

        if (kind.Kind == ContentKind.KeyMessage && archived == (before is null))
        {
            await db.EnqueueMessagingChangedAsync(id, null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    private async Task<IContentEntity> LoadAsync(LocalizedKind kind, Guid id, uint? expectedVersion, CancellationToken cancellationToken, bool mayBeArchived)
    {
        var entity = await kind.FindEntityAsync(db, id, cancellationToken) ?? throw new BrandContentException(ErrorCode.NotFound, kind.Name, id);
        if (!mayBeArchived && entity.ArchivedAt is not null)
        {
            throw new BrandContentException(ErrorCode.Archived, kind.Name, id);
        }

        if (expectedVersion is { } expected && expected != entity.Version)
        {
            throw new BrandContentException(ErrorCode.Conflict, expected, entity.Version);
        }

        return entity;
    }

    private async Task SaveAsync(uint? expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed by someone else between our read and our write.
            throw new BrandContentException(ErrorCode.Conflict, expectedVersion ?? 0, "?");
        }
    }
}
