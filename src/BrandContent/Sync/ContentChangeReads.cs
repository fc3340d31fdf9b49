using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Sync;

/// <summary>An entity the log names, by its kind's index in <see cref="SyncedKinds.All"/>.</summary>
public sealed record ChangedEntity(int KindIndex, Guid Id);

/// <summary>What delta sync reads of the log: the entities changed by transactions in [from, to), and resets.</summary>
public static class ContentChangeReads
{
    /// <summary>Distinct changed entities of the brand after the position's cursor, in (kind, id) order; one statement.</summary>
    public static Task<List<ChangedEntity>> ChangedEntitiesAsync(
        this BrandContentDb db, Guid brandId, string[] kinds, SyncPosition position, int take, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<ChangedEntity>(
            $"""
            SELECT array_position({SyncedKinds.Names}, "Kind") - 1 AS "KindIndex", "EntityId" AS "Id"
            FROM "ContentChanges"
            WHERE "BrandId" = {brandId} AND "TxId" >= {position.From} AND "TxId" < {position.To} AND "Kind" = ANY({kinds})
              AND (array_position({SyncedKinds.Names}, "Kind") - 1, "EntityId") > ({position.KindIndex}, {position.After ?? Guid.Empty})
            GROUP BY 1, 2
            ORDER BY 1, 2
            LIMIT {take}
            """).ToListAsync(cancellationToken);

    /// <summary>Whether a reset of this brand (or all brands) and market (or any selection) was logged in [from, to).</summary>
    public static Task<bool> ResetSinceAsync(this BrandContentDb db, Guid brandId, string? market, long from, long to, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>(
            $"""
            SELECT EXISTS (
                SELECT 1 FROM "ContentChanges"
                WHERE "Kind" IS NULL AND "TxId" >= {from} AND "TxId" < {to}
                  AND ("BrandId" IS NULL OR "BrandId" = {brandId}) AND ("Market" IS NULL OR "Market" = {market}::text)) AS "Value"
            """).SingleAsync(cancellationToken);
}
