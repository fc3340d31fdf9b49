using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Sync;

/// <summary>
/// The log's periodic work, done once across processes (the state row is claimed FOR UPDATE SKIP LOCKED): log the
/// entities whose delivery changed by time alone since the last run (a publishAt or unpublishAt of a live row passed,
/// an asset's rights expired), then delete rows older than the retention and raise the compaction mark.
/// </summary>
public sealed class SyncMaintenance(BrandContentDb db, TimeProvider clock, IOptions<SyncOptions> options)
{
    /// <summary>One run; returns how many rows it wrote and deleted (0 when another process holds the state row).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.EnsureSyncStateAsync(now, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var state = await db.Set<SyncState>()
            .FromSql($"""SELECT * FROM "SyncState" WHERE "Id" = {SyncState.SingleId} FOR UPDATE SKIP LOCKED""")
            .AsTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return 0;
        }

        var logged = now > state.TimeWatermark ? await LogTimeDrivenAsync(state.TimeWatermark, now, cancellationToken) : 0;
        state.TimeWatermark = now > state.TimeWatermark ? now : state.TimeWatermark;
        var deleted = await CompactAsync(state, now - options.Value.Retention, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return logged + deleted;
    }

    private async Task<int> LogTimeDrivenAsync(DateTimeOffset after, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        var changed = new List<(string Kind, EntityRef Entity)>();
        foreach (var kind in SyncedKinds.All)
        {
            var refs = await kind.Descriptor.DeliveryChangesBetween(db, after, upTo).Distinct().ToListAsync(cancellationToken);
            changed.AddRange(refs.Select(r => (kind.Kind.ToString(), r)));
        }

        var expired = await db.Assets.Where(a => a.RightsExpireAt > after && a.RightsExpireAt <= upTo)
            .Select(a => new EntityRef(a.Id, a.BrandId)).ToListAsync(cancellationToken);
        changed.AddRange(expired.Select(r => (nameof(Localization.ContentKind.Asset), r)));
        if (changed.Count == 0)
        {
            return 0;
        }

        string[] kinds = [.. changed.Select(c => c.Kind)];
        Guid[] ids = [.. changed.Select(c => c.Entity.Id)];
        Guid[] brands = [.. changed.Select(c => c.Entity.BrandId)];
        return await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ContentChanges" ("TxId", "Kind", "EntityId", "BrandId", "RecordedAt")
            SELECT pg_current_xact_id()::text::bigint, k, e, b, now() FROM unnest({kinds}::text[], {ids}::uuid[], {brands}::uuid[]) AS t(k, e, b)
            """,
            cancellationToken);
    }

    /// <summary>
    /// Deletes every row up to the newest finished transaction that logged before <paramref name="cutoff"/> (a prefix
    /// of the transaction order, so a token either has all its rows or is expired) and moves the mark past it.
    /// </summary>
    private async Task<int> CompactAsync(SyncState state, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var last = await db.Database.SqlQuery<long?>(
            $"""
            SELECT max("TxId") AS "Value" FROM "ContentChanges"
            WHERE "RecordedAt" < {cutoff} AND "TxId" < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            """).SingleAsync(cancellationToken);
        if (last is not { } through)
        {
            return 0;
        }

        var deleted = await db.Database.ExecuteSqlAsync($"""DELETE FROM "ContentChanges" WHERE "TxId" <= {through}""", cancellationToken);
        state.CompactedBelow = Math.Max(state.CompactedBelow, through + 1);
        return deleted;
    }
}
