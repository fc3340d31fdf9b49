using System.Globalization;
using BrandContent.Brands;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Partners;

/// <summary>The UTC days asked for, both included; checked once: from not after to, at most <see cref="MaxDays"/> days.</summary>
public sealed record ActivityDays(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    public static ActivityDays Of(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new BrandContentException(ErrorCode.InvalidDateRange, Iso(from), Iso(to));
        }

        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            throw new BrandContentException(ErrorCode.WindowTooLong, MaxDays);
        }

        return new ActivityDays(from, to);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One day's count, with the brand's slug.</summary>
public sealed record PartnerActivityRow(PartnerActivityDay Day, string Brand);

/// <summary>The counts of one brand and kind over the days asked for.</summary>
public sealed record PartnerActivityTotal(string Brand, PartnerActivityKind Kind, int Count, DateTimeOffset LastAt, string LastVersion);

/// <summary>What a partner took away over some days: per day, brand and kind, and totals.</summary>
public sealed record PartnerActivityReport(Guid PartnerId, ActivityDays Days, IReadOnlyList<PartnerActivityRow> Rows, IReadOnlyList<PartnerActivityTotal> Totals)
{
    public int Total => Rows.Sum(r => r.Day.Count);
}

public static class PartnerActivityReads
{
    /// <summary>
    /// The partner's counted activity over <paramref name="days"/> for the brands in <paramref name="brands"/> (a
    /// brand-scoped key sees only its brands); null when there is no such partner.
    /// </summary>
    public static async Task<PartnerActivityReport?> PartnerActivityAsync(
        this BrandContentDb db, Guid partnerId, ActivityDays days, BrandSelection brands, CancellationToken cancellationToken)
    {
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId, cancellationToken))
        {
            return null;
        }

        var ids = brands.Ids;
        var rows = await db.PartnerActivityDays
            .Where(d => d.PartnerId == partnerId && d.Day >= days.From && d.Day <= days.To && (ids == null || ids.Contains(d.BrandId)))
            .Join(db.Brands, d => d.BrandId, b => b.Id, (d, b) => new { Day = d, b.Slug })
            .OrderBy(r => r.Day.Day).ThenBy(r => r.Slug).ThenBy(r => r.Day.Kind).ThenBy(r => r.Day.AgreementId)
            .ToListAsync(cancellationToken);
        var list = rows.Select(r => new PartnerActivityRow(r.Day, r.Slug)).ToList();
        var totals = list.GroupBy(r => (r.Brand, r.Day.Kind))
            .Select(g =>
            {
                var last = g.MaxBy(r => r.Day.LastAt)!.Day;
                return new PartnerActivityTotal(g.Key.Brand, g.Key.Kind, g.Sum(r => r.Day.Count), last.LastAt, last.LastVersion);
            })
            .OrderBy(t => t.Brand, StringComparer.Ordinal).ThenBy(t => t.Kind)
            .ToList();
        return new PartnerActivityReport(partnerId, days, list, totals);
    }
}
