using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Sync;

/// <summary>
/// Writers log what they changed for delta sync, in their own transaction (docs/architecture.md, "Delta sync"): the
/// row carries the writer's transaction id, so it becomes readable exactly when that transaction is known to be over.
/// </summary>
public static class ContentChangeLog
{
    /// <summary>An entity's delivered form may have changed (published, unpublished, its values, archived).</summary>
    public static Task RecordContentChangeAsync(this BrandContentDb db, ContentKind kind, Guid entityId, Guid brandId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ContentChanges" ("TxId", "Kind", "EntityId", "BrandId", "RecordedAt")
            VALUES (pg_current_xact_id()::text::bigint, {kind.ToString()}, {entityId}, {brandId}, now())
            """,
            cancellationToken);

    /// <summary>What closes every chain of a brand's content (its source locale); changing it is a reset of the brand.</summary>
    public static string? ChainRoot(IContentEntity entity) => (entity as Brand)?.SourceLocale;

    /// <summary>
    /// What every entity resolves to may have changed at once (a market's chain, a brand's content replaced): tokens
    /// of <paramref name="brandId"/> (all brands when null) and <paramref name="market"/> (any selection when null)
    /// from before now are too old to serve, their clients start over.
    /// </summary>
    public static Task RecordSyncResetAsync(this BrandContentDb db, Guid? brandId, string? market, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ContentChanges" ("TxId", "BrandId", "Market", "RecordedAt")
            VALUES (pg_current_xact_id()::text::bigint, {brandId}::uuid, {market}::text, now())
            """,
            cancellationToken);
}
