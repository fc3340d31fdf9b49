using BrandContent.Api.Access;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Reports;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.Reports;

/// <summary>
/// A yearly report for a caller, the one way both <c>yearlyReport</c> and the documents reach it: the language and
/// year checked, the brand found, and the markets narrowed to the key's, as <c>translationOverview</c> narrows them.
/// The caller's permission and brand scope are checked before (AccessMiddleware, <see cref="ReportEndpoint"/>).
/// </summary>
public sealed class YearlyReports(BrandContentDb db, YearlyReportBuilder builder)
{
    public async Task<YearlyReport> ForCallerAsync(
        Caller caller, string brandSlug, string year, string? locale, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var language = ReportLanguage.Resolve(locale);
        var period = ReportPeriod.Of(year, now);
        var brand = await db.GetBrandAsync(brandSlug, cancellationToken);
        var markets = (await db.Markets.Unarchived().OrderBy(m => m.Code).ToListAsync(cancellationToken))
            .Where(m => caller.InMarkets(m.Code)).ToList();
        return await builder.BuildAsync(brand, period, language, markets, caller.Markets.Count == 0, now, cancellationToken);
    }
}
