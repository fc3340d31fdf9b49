using BrandContent.Access;
using BrandContent.Auditing;
using BrandContent.Brands;
using BrandContent.Changes;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>
/// Agreements: created checked and audited; ended, suspended and resumed with the change bus naming every key of the
/// agreement, so that each server drops those keys' identities at once and reads the agreement again
/// (docs/architecture.md, "Partners and agreements").
/// </summary>
public static class AgreementEditing
{
    public const string AuditKind = "Agreement";

    public static async Task<Agreement> CreateAgreementAsync(
        this BrandContentDb db, AgreementInput input, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.Partners.AnyAsync(p => p.Id == input.PartnerId, cancellationToken))
        {
            throw new BrandContentException(ErrorCode.NotFound, PartnerEditing.AuditKind, input.PartnerId);
        }

        var problems = new List<FieldProblem>();
        var slugs = input.Brands.Select(BrandSlug.Normalize).Distinct().ToList();
        problems.InRange("brands", slugs.Count, 1, Agreement.MaxBrands);
        var brands = slugs.Count <= Agreement.MaxBrands
            ? await db.Brands.Where(b => slugs.Contains(b.Slug)).ToDictionaryAsync(b => b.Slug, b => b.Id, cancellationToken)
            : [];
        if (slugs.Count <= Agreement.MaxBrands)
        {
            problems.Exists("brands", slugs, brands.Keys);
        }

        var markets = PartnerRules.Normalized(input.Markets, MarketCode.Normalize);
        var audiences = PartnerRules.Normalized(input.Audiences, AudienceCode.Normalize);
        await problems.ReferenceDataAsync(db, markets, audiences, Partner.MaxMarkets, cancellationToken);
        var (startsOn, endsOn) = (input.StartsOn, input.EndsOn);
        if (input.EventId is { } eventId)
        {
            // An event of another brand is refused exactly like an id that names nothing.
            var brandIds = brands.Values.ToList();
            var tied = await db.Events.Unarchived().Where(e => e.Id == eventId && brandIds.Contains(e.BrandId))
                .Select(e => new { e.StartsOn, e.EndsOn }).FirstOrDefaultAsync(cancellationToken);
            if (tied is null)
            {
                problems.Add(new FieldProblem("eventId", ValidationRule.Reference, eventId));
            }
            else if (startsOn is null && endsOn is null)
            {
                (startsOn, endsOn) = (tied.StartsOn, tied.EndsOn);
            }
        }
        else if (startsOn is null || endsOn is null)
        {
            // Cooperation is "by phase or by event": without an event, the phase has both ends.
            problems.Add(new FieldProblem(startsOn is null ? "startsOn" : "endsOn", ValidationRule.Required));
        }

        problems.Ordered("endsOn", startsOn, endsOn, "startsOn");
        ValidationFailedException.ThrowIfAny(problems);
        var agreement = new Agreement
        {
            PartnerId = input.PartnerId,
            Brands = [.. slugs.Select(s => brands[s])],
            Markets = markets,
            Audiences = audiences,
            StartsOn = startsOn,
            EndsOn = endsOn,
            EventId = input.EventId,
            CreatedAt = now,
        };
        db.Agreements.Add(agreement);
        db.Record(edit, now, AuditKind, agreement.Id, null, null, Summary(agreement));
        await db.SaveChangesAsync(cancellationToken);
        return agreement;
    }

    /// <summary>ENDED for good (from ACTIVE or SUSPENDED), SUSPENDED (from ACTIVE), or ACTIVE again (from SUSPENDED).</summary>
    public static async Task<Agreement> SetAgreementStatusAsync(
        this BrandContentDb db, Guid id, AgreementStatus status, string? reason, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        problems.Text("reason", reason, Agreement.ReasonMaxLength, required: false);
        if (Posts.PlainText.HasControlCharacter(reason))
        {
            problems.Add(new FieldProblem("reason", ValidationRule.ControlCharacter, Posts.PlainText.FirstControlCharacter(reason!)));
        }

        ValidationFailedException.ThrowIfAny(problems);
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var agreement = await db.Agreements.AsTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, AuditKind, id);
        var allowed = (agreement.Status, status) is (AgreementStatus.Active, AgreementStatus.Ended or AgreementStatus.Suspended)
            or (AgreementStatus.Suspended, AgreementStatus.Ended or AgreementStatus.Active);
        if (!allowed)
        {
            throw new BrandContentException(ErrorCode.InvalidTransition, status.ToConstantCase(), agreement.Status.ToConstantCase());
        }

        var before = Summary(agreement);
        agreement.Status = status;
        if (status != AgreementStatus.Active)
        {
            (agreement.EndedAt, agreement.EndedBy, agreement.EndReason) = (now, edit.Actor, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        }

        db.Record(edit, now, AuditKind, id, null, before, Summary(agreement));
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceAgreementKeysAsync(id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return agreement;
    }

    /// <summary>
    /// A PARTNER key whose scope is the agreement's brands and markets; refused when the agreement is over. A key of a
    /// suspended or future agreement may be issued: it works once the agreement is in force.
    /// </summary>
    public static async Task<(ApiKey Key, string Token)> IssuePartnerKeyAsync(
        this BrandContentDb db, Guid agreementId, string name, DateTimeOffset? expiresAt, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, AuditKind, agreementId);
        if (agreement.IsOver(now))
        {
            throw new BrandContentException(ErrorCode.AgreementEnded);
        }

        var slugs = await db.Brands.Where(b => agreement.Brands.Contains(b.Id)).Select(b => b.Slug).ToListAsync(cancellationToken);
        return await db.CreateKeyAsync(
            new ApiKeyRequest(name, Role.Partner, slugs, agreement.Markets, null, expiresAt, AgreementId: agreement.Id), edit, now, cancellationToken);
    }

    /// <summary>Every server forgets the identities of the agreement's keys when this transaction commits.</summary>
    private static async Task AnnounceAgreementKeysAsync(this BrandContentDb db, Guid agreementId, CancellationToken cancellationToken)
    {
        var hashes = await db.ApiKeys.Where(k => k.AgreementId == agreementId).Select(k => k.SecretHash).ToListAsync(cancellationToken);
        if (hashes.Count > 0)
        {
            await db.AnnounceAsync([.. hashes.Select(h => ChangeTags.Key(Convert.ToHexString(h)))], cancellationToken);
        }
    }

    private static object Summary(Agreement a) => new
    {
        a.PartnerId,
        a.Brands,
        a.Markets,
        a.Audiences,
        a.StartsOn,
        a.EndsOn,
        a.EventId,
        Status = a.Status.ToConstantCase(),
        a.EndReason,
    };
}
