using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>
/// Creates and changes plans: checked (<see cref="PlanRules"/>), versioned (a stale expected version is a CONFLICT) and
/// audited. Plans are internal working material, not delivered content, so nothing is announced on the change bus.
/// </summary>
public static class PlanEditing
{
    public const string AuditKind = "Plan";

    public static async Task<Plan> CreatePlanAsync(this BrandContentDb db, Guid brandId, PlanInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        ValidationFailedException.ThrowIfAny(await PlanRules.ValidateAsync(db, brandId, null, input, ct));
        var plan = new Plan { BrandId = brandId, CreatedAt = now };
        PlanRules.Apply(plan, input);
        db.Plans.Add(plan);
        db.Record(edit, now, AuditKind, plan.Id, null, null, PlanRules.Summary(plan));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return plan;
    }

    public static async Task<Plan> UpdatePlanAsync(this BrandContentDb db, Guid id, uint? expectedVersion, PlanInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        // Locked, so two updates cannot each add half of a cycle.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CycleLock})", ct);
        var plan = await db.Plans.AsTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new BrandContentException(ErrorCode.NotFound, AuditKind, id);
        PlanConcurrency.Check(expectedVersion, plan.Version);
        ValidationFailedException.ThrowIfAny(await PlanRules.ValidateAsync(db, plan.BrandId, plan.Id, input, ct));
        var before = PlanRules.Summary(plan);
        PlanRules.Apply(plan, input);
        db.Record(edit, now, AuditKind, plan.Id, null, before, PlanRules.Summary(plan));
        await PlanConcurrency.SaveAsync(db, expectedVersion, ct);
        await transaction.CommitAsync(ct);
        return plan;
    }

    /// <summary>The brand of a plan, for access checks before a change; null when there is no such plan.</summary>
    public static Task<Guid?> PlanBrandAsync(this BrandContentDb db, Guid id, CancellationToken ct) =>
        db.Plans.Where(p => p.Id == id).Select(p => (Guid?)p.BrandId).FirstOrDefaultAsync(ct);

    private const long CycleLock = 0x50_4C_41_4E_53;
}
