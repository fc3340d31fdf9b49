using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Sync;

/// <summary>An entity the log names, by its kind's index in <see cref="SyncedKinds.All"/>.</summary>
public sealed record ChangedEntity(int KindIndex, Guid Id);

/// <summary>The reader's horizon (every transaction of this database below it is over) and the compaction mark.</summary>
public sealed record SyncLogState(long Horizon, long CompactedBelow);

/// <summary>What delta sync reads of the log: the entities changed by transactions in [from, to), and resets.</summary>
public static class ContentChangeReads
{
    /// <summary>
    /// The horizon of the current snapshot: its oldest transaction still in progress in this database, or, with none,
    /// its xmax (the first transaction id not yet given out). Transactions of other databases of the cluster do not
    /// hold it back (pg_stat_activity places them); one it cannot place counts as this database's. Read in the
    /// transaction that reads the log, so both see the same snapshot.
    /// </summary>
    public static Task<SyncLogState> SyncLogStateAsync(this BrandContentDb db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<SyncLogState>(
            $"""
            WITH snapshot AS (SELECT pg_current_snapshot() AS s),
            elsewhere AS (
                SELECT backend_xid::text::bigint AS xid FROM pg_stat_activity
                WHERE backend_xid IS NOT NULL AND datid IS DISTINCT FROM (SELECT oid FROM pg_database WHERE datname = current_database()))
            SELECT coalesce(
                    (SELECT min(x::text::bigint) FROM snapshot, pg_snapshot_xip(snapshot.s) AS x
                     WHERE x::text::bigint % 4294967296 NOT IN (SELECT xid FROM elsewhere)),
                    (SELECT pg_snapshot_xmax(s)::text::bigint FROM snapshot)) AS "Horizon",
                "CompactedBelow"
            FROM "SyncState" WHERE "Id" = {SyncState.SingleId}
            """).SingleAsync(cancellationToken);

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
