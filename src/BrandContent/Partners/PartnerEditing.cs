using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>Creates and changes partners: checked (<see cref="PartnerRules"/>), versioned (a stale expected version is a CONFLICT), audited.</summary>
public static class PartnerEditing
{
    public const string AuditKind = "Partner";

    public static async Task<Partner> CreatePartnerAsync(
        this BrandContentDb db, PartnerInput input, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ValidationFailedException.ThrowIfAny(await PartnerRules.ValidateAsync(db, input, cancellationToken));
        var partner = new Partner { CreatedAt = now };
        PartnerRules.Apply(partner, input);
        db.Partners.Add(partner);
        db.Record(edit, now, AuditKind, partner.Id, null, null, PartnerRules.Summary(partner));
        await db.SaveChangesAsync(cancellationToken);
        return partner;
    }

    public static async Task<Partner> UpdatePartnerAsync(
        this BrandContentDb db, Guid id, uint? expectedVersion, PartnerInput input, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, AuditKind, id);
        if (expectedVersion is { } expected && expected != partner.Version)
        {
            throw new BrandContentException(ErrorCode.Conflict, expected, partner.Version);
        }

        ValidationFailedException.ThrowIfAny(await PartnerRules.ValidateAsync(db, input, cancellationToken));
        var before = PartnerRules.Summary(partner);
        PartnerRules.Apply(partner, input);
        db.Record(edit, now, AuditKind, partner.Id, null, before, PartnerRules.Summary(partner));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BrandContentException(ErrorCode.Conflict, expectedVersion ?? 0, "?");
        }

        return partner;
    }
}
