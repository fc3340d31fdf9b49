using BrandContent.Auditing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Editing;

/// <summary>
/// Creates, updates and archives content entities (their non-localized part): checked by the kind's rules,
/// versioned by PostgreSQL's row version (a stale expected version is a CONFLICT) and audited.
/// </summary>
public sealed class EntityEditor(BrandContentDb db, TimeProvider clock)
{
    public async Task<TEntity> CreateAsync<TEntity, TInput>(
        IEntityRules<TEntity, TInput> rules, TEntity entity, Guid brandId, TInput input, EditContext edit, CancellationToken cancellationToken)
        where TEntity : class, IContentEntity
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        ValidationFailedException.ThrowIfAny(await rules.ValidateAsync(db, entity, brandId, input, cancellationToken));
        await rules.ApplyAsync(db, entity, input, cancellationToken);
        db.Add(entity);
        db.Record(edit, clock.GetUtcNow(), rules.Kind, entity.Id, null, null, rules.Summary(entity));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    public async Task<TEntity> UpdateAsync<TEntity, TInput>(
        IEntityRules<TEntity, TInput> rules, Guid id, uint? expectedVersion, TInput input, Func<TEntity, Guid> brandOf, EditContext edit,
        CancellationToken cancellationToken)
        where TEntity : class, IContentEntity
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var entity = await LoadAsync<TEntity>(rules.Kind, id, expectedVersion, cancellationToken);
        var before = rules.Summary(entity);
        ValidationFailedException.ThrowIfAny(await rules.ValidateAsync(db, entity, brandOf(entity), input, cancellationToken));
        await rules.ApplyAsync(db, entity, input, cancellationToken);
        db.Record(edit, clock.GetUtcNow(), rules.Kind, entity.Id, null, before, rules.Summary(entity));
        await SaveAsync(expectedVersion, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    /// <summary>Archived content keeps its history and translations but is never delivered; unarchiving brings it back.</summary>
    public async Task<TEntity> SetArchivedAsync<TEntity>(string kind, Guid id, bool archived, uint? expectedVersion, EditContext edit, CancellationToken cancellationToken)
        where TEntity : class, IContentEntity
    {
        var entity = await db.Set<TEntity>().AsTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, kind, id);
        CheckVersion(entity, expectedVersion);
        var before = entity.ArchivedAt;
        entity.ArchivedAt = archived ? entity.ArchivedAt ?? clock.GetUtcNow() : null;
        db.Record(edit, clock.GetUtcNow(), kind, id, null, new { archivedAt = before }, new { archivedAt = entity.ArchivedAt });
        await SaveAsync(expectedVersion, cancellationToken);
        return entity;
    }

    private async Task<TEntity> LoadAsync<TEntity>(string kind, Guid id, uint? expectedVersion, CancellationToken cancellationToken)
        where TEntity : class, IContentEntity
    {
        var entity = await db.Set<TEntity>().AsTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, kind, id);
        if (entity.ArchivedAt is not null)
        {
            throw new BrandContentException(ErrorCode.Archived, kind, id);
        }

        CheckVersion(entity, expectedVersion);
        return entity;
    }

    private static void CheckVersion(IContentEntity entity, uint? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != entity.Version)
        {
            throw new BrandContentException(ErrorCode.Conflict, expected, entity.Version);
        }
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
