using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>A partner in force for a brand whose last fetch of the brand's messaging is older than its last change, or who never fetched it.</summary>
public sealed record PartnerBehind(Partner Partner, IReadOnlyList<Guid> AgreementIds, DateTimeOffset? LastFetchAt, string? LastVersion, PartnerActivityKind? LastKind);

/// <summary>The brand's messaging now and the partners behind on it, longest behind (never fetched) first.</summary>
public sealed record MessagingFollowUp(string Brand, BrandMessaging Messaging, IReadOnlyList<PartnerBehind> Partners);

public static class MessagingFollowUpReads
{
    /// <summary>What counts as having fetched the messaging: the key messages over the API, or the brand kit.</summary>
    public static readonly PartnerActivityKind[] FetchKinds = [PartnerActivityKind.KeyMessages, PartnerActivityKind.Kit];

    /// <summary>
    /// The partners with an agreement in force now (<see cref="AgreementTerm"/>) covering the brand whose last
    /// KEY_MESSAGES or KIT fetch of it (under any agreement) is before the messaging's last change, or who never fetched
    /// it. Counts not flushed yet (<see cref="PartnerActivityRecorder"/>) are not seen.
    /// </summary>
    public static async Task<MessagingFollowUp> PartnersBehindOnMessagingAsync(
        this BrandContentDb db, Guid brandId, string slug, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var messaging = await db.BrandMessagingAsync(brandId, cancellationToken);
        var agreements = (await db.Agreements
                .Where(a => a.Status == AgreementStatus.Active && a.Brands.Contains(brandId))
                .ToListAsync(cancellationToken))
            .Where(a => a.InForce(now))
            .ToLookup(a => a.PartnerId);
        var partnerIds = agreements.Select(g => g.Key).ToArray();
        var partners = await db.Partners.Where(p => partnerIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var kinds = FetchKinds;
        var lastFetches = (await db.PartnerActivityDays
                .Where(d => d.BrandId == brandId && partnerIds.Contains(d.PartnerId) && kinds.Contains(d.Kind))
                .GroupBy(d => d.PartnerId)
                .Select(g => g.OrderByDescending(d => d.LastAt).First())
                .ToListAsync(cancellationToken))
            .ToDictionary(d => d.PartnerId);

        var behind = partners
            .Select(p => (Partner: p, Last: lastFetches.GetValueOrDefault(p.Id)))
            .Where(p => p.Last is null || (messaging.ChangedAt is { } changed && p.Last.LastAt < changed))
            .OrderBy(p => p.Last?.LastAt ?? DateTimeOffset.MinValue).ThenBy(p => p.Partner.Id)
            .Select(p => new PartnerBehind(
                p.Partner, [.. agreements[p.Partner.Id].Select(a => a.Id).Order()], p.Last?.LastAt, p.Last?.LastVersion, p.Last?.Kind))
            .ToList();
        return new MessagingFollowUp(slug, messaging, behind);
    }
}
