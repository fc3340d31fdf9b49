using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>An agreement with its brands' slugs, as the API shows it.</summary>
public sealed record AgreementView(Agreement Agreement, IReadOnlyList<string> BrandSlugs);

/// <summary>A partner with its agreements, newest first.</summary>
public sealed record PartnerView(Partner Partner, IReadOnlyList<AgreementView> Agreements);

public static class PartnerViews
{
    /// <summary>Partners (all when <paramref name="ids"/> is null) with their agreements, in three statements whatever their number.</summary>
    public static async Task<List<PartnerView>> PartnerViewsAsync(this BrandContentDb db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var query = db.Partners.AsQueryable();
        if (ids is not null)
        {
            query = query.Where(p => ids.Contains(p.Id));
        }

        var partners = await query.OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var partnerIds = partners.Select(p => p.Id).ToList();
        var agreements = await db.Agreements.Where(a => partnerIds.Contains(a.PartnerId)).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        var brandIds = agreements.SelectMany(a => a.Brands).Distinct().ToList();
        var slugs = await db.Brands.Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Slug, cancellationToken);
        var byPartner = agreements.ToLookup(a => a.PartnerId, a => new AgreementView(a, [.. a.Brands.Where(slugs.ContainsKey).Select(b => slugs[b])]));
        return [.. partners.Select(p => new PartnerView(p, [.. byPartner[p.Id]]))];
    }

    public static async Task<AgreementView> AgreementViewAsync(this BrandContentDb db, Agreement agreement, CancellationToken cancellationToken)
    {
        var slugs = await db.Brands.Where(b => agreement.Brands.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Slug, cancellationToken);
        return new AgreementView(agreement, [.. agreement.Brands.Where(slugs.ContainsKey).Select(b => slugs[b])]);
    }
}
