using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Overview;

/// <summary>The overview of one brand (the first the key reaches unless one is picked).</summary>
public sealed class IndexModel(StudioApi api) : PageModel
{
    [FromRoute(Name = "brand")]
    public string? BrandSlug { get; set; }

    public IReadOnlyList<OverviewBrand> Brands { get; private set; } = [];

    public OverviewBrand? Brand { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "brand")] string? picked, CancellationToken cancellationToken)
    {
        // The picker is a GET form (works without script): its choice becomes the brand's own address.
        if (picked is { Length: > 0 } && BrandSlug is null)
        {
            return Redirect($"/studio/brands/{Uri.EscapeDataString(picked)}");
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var brands = await api.ExecuteAsync<OverviewBrands>(OverviewDocuments.Brands, new { locale = culture }, cancellationToken);
        Problems = [.. brands.Errors.Select(e => e.Message)];
        Brands = brands.Data?.Brands ?? [];
        Brand = BrandSlug is null ? Brands.FirstOrDefault() : Brands.FirstOrDefault(b => b.Slug == BrandSlug);
        return BrandSlug is not null && Brand is null && brands.Ok ? NotFound() : Page();
    }
}
