using System.Security.Cryptography;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Sync;

/// <summary>
/// The deployment's token key, kept in <see cref="SyncState"/>: the first process to need it makes the row (a random
/// key, the time watermark at now), every process reads the same one and keeps it for its lifetime.
/// </summary>
public sealed class SyncTokenKey(TimeProvider clock)
{
    private byte[]? key;

    public async Task<byte[]> GetAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        if (key is { } known)
        {
            return known;
        }

        await db.EnsureSyncStateAsync(clock.GetUtcNow(), cancellationToken);
        key = await db.Set<SyncState>().Where(s => s.Id == SyncState.SingleId).Select(s => s.SigningKey).SingleAsync(cancellationToken);
        return key;
    }
}

public static class SyncStates
{
    public static Task EnsureSyncStateAsync(this BrandContentDb db, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "SyncState" ("Id", "SigningKey", "CompactedBelow", "TimeWatermark")
            VALUES ({SyncState.SingleId}, {RandomNumberGenerator.GetBytes(32)}, 0, {now})
            ON CONFLICT ("Id") DO NOTHING
            """,
            cancellationToken);
}
