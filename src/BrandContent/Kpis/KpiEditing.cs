using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Kpis;

/// <summary>Defines, changes and removes a brand's indicators: checked (<see cref="KpiRules"/>), versioned, audited.</summary>
public static class KpiEditing
{
    public const string AuditKind = "KpiDefinition";

    public static async Task<KpiDefinition> DefineKpiAsync(
        this BrandContentDb db, Guid brandId, KpiDefinitionInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        ValidationFailedException.ThrowIfAny(await KpiRules.ValidateAsync(db, brandId, null, input, ct));
        var definition = new KpiDefinition { BrandId = brandId, UpdatedBy = edit.Actor, UpdatedAt = now };
        KpiRules.Apply(definition, input);
        db.KpiDefinitions.Add(definition);
        db.Record(edit, now, AuditKind, definition.Id, null, null, KpiRules.Summary(definition));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return definition;
    }

    public static async Task<KpiDefinition> UpdateKpiAsync(
        this BrandContentDb db, Guid id, uint? expectedVersion, KpiDefinitionInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        var definition = await LoadAsync(db, id, expectedVersion, ct);
        ValidationFailedException.ThrowIfAny(await KpiRules.ValidateAsync(db, definition.BrandId, id, input, ct));
        var before = KpiRules.Summary(definition);
        KpiRules.Apply(definition, input);
        (definition.UpdatedBy, definition.UpdatedAt) = (edit.Actor, now);
        db.Record(edit, now, AuditKind, id, null, before, KpiRules.Summary(definition));
        await SaveAsync(db, expectedVersion, ct);
        await transaction.CommitAsync(ct);
        return definition;
    }

    public static async Task<Guid> RemoveKpiAsync(this BrandContentDb db, Guid id, uint? expectedVersion, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        var definition = await LoadAsync(db, id, expectedVersion, ct);
        db.Record(edit, now, AuditKind, id, null, KpiRules.Summary(definition), null);
        db.KpiDefinitions.Remove(definition);
        await SaveAsync(db, expectedVersion, ct);
        await transaction.CommitAsync(ct);
        return id;
    }

    /// <summary>The brand of a definition, for access checks before a change; null when there is none.</summary>
    public static Task<Guid?> KpiBrandAsync(this BrandContentDb db, Guid id, CancellationToken ct) =>
        db.KpiDefinitions.Where(k => k.Id == id).Select(k => (Guid?)k.BrandId).FirstOrDefaultAsync(ct);

    private static async Task<KpiDefinition> LoadAsync(BrandContentDb db, Guid id, uint? expectedVersion, CancellationToken ct)
    {
        var definition = await db.KpiDefinitions.AsTracking().FirstOrDefaultAsync(k => k.Id == id, ct)
            ?? throw new BrandContentException(ErrorCode.NotFound, AuditKind, id);
        if (expectedVersion is { } expected && expected != definition.Version)
        {
            throw new BrandContentException(ErrorCode.Conflict, expected, definition.Version);
        }

        return definition;
    }

    private static async Task SaveAsync(BrandContentDb db, uint? expectedVersion, CancellationToken ct)
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
