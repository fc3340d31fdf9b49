using BrandContent.Auditing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.PersistedQueries;

/// <summary>Stores persisted documents in the database every server shares.</summary>
public static class PersistedQueryStore
{
    public static Task<PersistedQuery?> FindPersistedQueryAsync(this BrandContentDb db, string hash, CancellationToken cancellationToken) =>
        db.PersistedQueries.FirstOrDefaultAsync(q => q.Hash == hash, cancellationToken);

    /// <summary>
    /// Stores the document unless it is there already; <paramref name="allowlist"/> also allowlists a stored one.
    /// One statement, so servers registering the same document at once do not collide. Allowlisting is audited.
    /// </summary>
    public static async Task<PersistedQuery> SavePersistedQueryAsync(
        this BrandContentDb db, string query, bool allowlist, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = PersistedQuery.HashOf(query);
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var changed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "PersistedQueries" AS p ("Hash", "Query", "CreatedAt", "CreatedBy", "Allowlisted")
            VALUES ({hash}, {query}, {now}, {edit.Actor}, {allowlist})
            ON CONFLICT ("Hash") DO UPDATE SET "Allowlisted" = TRUE
            WHERE EXCLUDED."Allowlisted" AND NOT p."Allowlisted"
            """,
            cancellationToken);
        if (changed > 0 && allowlist)
        {
            db.Record(edit, now, nameof(PersistedQuery), null, null, null, new { hash, allowlisted = true });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return await db.FindPersistedQueryAsync(hash, cancellationToken) ?? throw new InvalidOperationException($"Persisted query {hash} vanished.");
    }
}
