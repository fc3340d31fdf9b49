using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>
/// The yearly report's partners reached: a partner is reached in a year when it has counted activity for the brand on a
/// day of it (any kind: key messages, kit, tokens); in a market when the agreement of that activity covers the market
/// (an agreement for every market covers each). <paramref name="Partners"/> counts each partner once.
/// </summary>
public sealed record ReportPartnersReached(int Partners, IReadOnlyList<PartnersReachedInMarket> ByMarket);

public sealed record PartnersReachedInMarket(string Market, string Name, int Partners);

public static class PartnersReachedReads
{
    /// <summary>Over the UTC days from <paramref name="firstDay"/> to <paramref name="lastDay"/>, per market of <paramref name="markets"/> (in their order).</summary>
    public static async Task<ReportPartnersReached> PartnersReachedAsync(
        this BrandContentDb db, Guid brandId, DateOnly firstDay, DateOnly lastDay, IReadOnlyList<Market> markets,
        Func<Market, string> nameOf, CancellationToken cancellationToken)
    {
        var reached = await db.PartnerActivityDays
            .Where(d => d.BrandId == brandId && d.Day >= firstDay && d.Day <= lastDay)
            .Join(db.Agreements, d => d.AgreementId, a => a.Id, (d, a) => new { d.PartnerId, a.Markets })
            .Distinct()
            .ToListAsync(cancellationToken);
        var byMarket = markets
            .Select(m => new PartnersReachedInMarket(
                m.Code, nameOf(m), reached.Where(r => r.Markets.Count == 0 || r.Markets.Contains(m.Code)).Select(r => r.PartnerId).Distinct().Count()))
            .ToList();
        return new ReportPartnersReached(reached.Select(r => r.PartnerId).Distinct().Count(), byMarket);
    }
}
