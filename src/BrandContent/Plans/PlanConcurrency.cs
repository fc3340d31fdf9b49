using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>Optimistic concurrency on plans and tasks, as on campaigns: a stale expected version is a CONFLICT.</summary>
internal static class PlanConcurrency
{
    public static void Check(uint? expected, uint actual)
    {
        if (expected is { } version && version != actual)
        {
            throw new BrandContentException(ErrorCode.Conflict, version, actual);
        }
    }

    public static async Task SaveAsync(BrandContentDb db, uint? expectedVersion, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BrandContentException(ErrorCode.Conflict, expectedVersion ?? 0, "?");
        }
    }
}
