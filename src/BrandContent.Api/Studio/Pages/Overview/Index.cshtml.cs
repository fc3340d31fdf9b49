using BrandContent.Access;
using BrandContent.Api.Studio.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Overview;

/// <summary>
/// One brand at a glance (the first the key reaches unless one is picked): coverage per market as bars, the week's
/// scheduled changes, what waits for review. Two documents whatever the amount of content.
/// </summary>
public sealed class IndexModel(StudioApi api, TimeProvider clock) : PageModel
{
    /// <summary>Rows of the lists below the chart; the chart itself counts everything.</summary>
    public const int ListLimit = 50;

    [FromRoute(Name = "brand")]
    public string? BrandSlug { get; set; }

    public IReadOnlyList<OverviewBrand> Brands { get; private set; } = [];

    public OverviewBrand? Brand { get; private set; }

    public IReadOnlyList<MarketCoverageBar> Bars { get; private set; } = [];

    public IReadOnlyList<OverviewUpcoming> Upcoming { get; private set; } = [];

    public IReadOnlyList<OverviewItem> WaitingForReview { get; private set; } = [];

    /// <summary>Whether the key may see work in progress at all (partners and the public see published content only).</summary>
    public bool SeesWork { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The years the yearly report is offered for (this year and the last, in Việt Nam), for editors and up.</summary>
    public IReadOnlyList<int> ReportYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "brand")] string? picked, CancellationToken cancellationToken)
    {
        // The picker is a GET form (works without script): its choice becomes the brand's own address.
        if (picked is { Length: > 0 } && BrandSlug is null)
        {
            return Redirect($"/studio/brands/{Uri.EscapeDataString(picked)}");
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var reach = await api.ExecuteAsync<OverviewBrandsAndMarkets>(OverviewDocuments.BrandsAndMarkets, new { locale = culture }, cancellationToken);
        var problems = reach.Errors.Select(e => e.Message).ToList();
        Brands = reach.Data?.Brands ?? [];
        Brand = BrandSlug is null ? Brands.FirstOrDefault() : Brands.FirstOrDefault(b => b.Slug == BrandSlug);
        if (BrandSlug is not null && Brand is null)
        {
            return NotFound();
        }

        SeesWork = HttpContext.StudioUser()?.Can(Permission.ReadWork) == true;
        var markets = reach.Data?.Markets ?? [];
        if (Brand is not null && SeesWork)
        {
            var work = await api.ExecuteAsync<OverviewWork>(OverviewDocuments.Work, new { brand = Brand.Slug, first = ListLimit }, cancellationToken);
            problems.AddRange(work.Errors.Select(e => e.Message));
            if (work.Data is { } data)
            {
                var byCode = markets.ToDictionary(m => m.Code);
                Bars = [.. data.TranslationOverview.Markets.Where(c => byCode.ContainsKey(c.Market)).Select(c => MarketCoverageBar.Of(byCode[c.Market], c))];
                Upcoming = [.. data.UpcomingChanges.Take(ListLimit)];
                WaitingForReview = data.TranslationOverview.InReview;
            }
        }

        if (Brand is not null && HttpContext.StudioUser()?.Can(Permission.Monitor) == true)
        {
            var year = BrandContent.Reports.ReportPeriod.Today(clock.GetUtcNow()).Year;
            ReportYears = [year, year - 1];
        }

        Problems = problems;
        return Page();
    }
}
