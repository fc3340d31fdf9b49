using BrandContent.Access;
using BrandContent.Api.Studio.Sessions;
using BrandContent.Assets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BrandContent.Api.Studio.Pages.Assets;

/// <summary>The asset bank of a brand with rights warnings (expiring within 30 days, expired), filtered by kind, pillar and tag.</summary>
public sealed class IndexModel(StudioApi api, StudioText text, TimeProvider clock) : PageModel
{
    public const int PageSize = 48;

    /// <summary>Longer than any tag the API keeps; a longer filter is refused here with a message, not sent.</summary>
    public const int MaxTagLength = 100;

    [BindProperty(SupportsGet = true)]
    public string? Brand { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Pillar { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public BankPage? Bank { get; private set; }

    public BankBrand? Current { get; private set; }

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Problems of one filter, shown next to it.</summary>
    public Dictionary<string, List<string>> FieldProblems { get; } = [];

    public bool SeesRights { get; private set; }

    public static IReadOnlyList<AssetKind> Kinds { get; } = Enum.GetValues<AssetKind>();

    public static string KindName(AssetKind kind) => kind.ToString().ToUpperInvariant();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = HttpContext.StudioUser()!;
        SeesRights = user.Can(Permission.ReadMessaging);
        AssetKind? kind = null;
        if (!string.IsNullOrEmpty(Kind))
        {
            if (Kinds.FirstOrDefault(k => KindName(k) == Kind) is var parsed && KindName(parsed) == Kind)
            {
                kind = parsed;
            }
            else
            {
                Problem(nameof(Kind), text["Assets.UnknownKind"]);
            }
        }

        if (Tag is { Length: > MaxTagLength })
        {
            Problem(nameof(Tag), text["Assets.TagTooLong", MaxTagLength]);
        }
        else if (Tag?.Any(char.IsControl) == true)
        {
            Problem(nameof(Tag), text["Assets.TagControlCharacters"]);
        }

        if (FieldProblems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        // The first brand the key reaches when none is picked: the brands come with the page, so ask for them first.
        var brand = string.IsNullOrEmpty(Brand)
            ? (await api.ExecuteAsync<BrandsOnly>(AssetDocuments.Brands, new { locale = culture }, cancellationToken))
                .Data?.Brands.FirstOrDefault()?.Slug
            : Brand;
        if (brand is null)
        {
            return Page();
        }

        var result = await api.ExecuteAsync<BankPage>(AssetDocuments.Bank, new
        {
            brand,
            locale = culture,
            preview = user.Can(Permission.Preview),
            rights = SeesRights,
            kind = kind is null ? null : KindName(kind.Value),
            pillar = string.IsNullOrWhiteSpace(Pillar) ? null : Pillar,
            tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag,
            after = string.IsNullOrEmpty(After) ? null : After,
            first = PageSize,
        }, cancellationToken);
        foreach (var error in result.Errors)
        {
            // An error about one filter goes next to it; the rest above the list.
            var field = error.Code switch
            {
                ErrorCode.PillarNotFound => nameof(Pillar),
                ErrorCode.InvalidCursor => nameof(After),
                ErrorCode.BrandNotFound => nameof(Brand),
                _ => null,
            };
            if (field is null)
            {
                Problems = [.. Problems, error.Message];
            }
            else
            {
                Problem(field, error.Message);
            }
        }

        Bank = result.Data;
        Current = Bank?.Brands.FirstOrDefault(b => b.Slug == brand);
        if (!result.Ok)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public IReadOnlyList<string> ProblemsOf(string field) => FieldProblems.TryGetValue(field, out var list) ? list : [];

    /// <summary>The address of this list with one filter changed (paging keeps the filters).</summary>
    public string Link(string? after = null) =>
        StudioRoutes.Assets + QueryString.Create(new Dictionary<string, string?>
        {
            ["brand"] = Brand,
            ["kind"] = Kind,
            ["pillar"] = Pillar,
            ["tag"] = Tag,
            ["after"] = after,
        }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private void Problem(string field, string message)
    {
        if (!FieldProblems.TryGetValue(field, out var list))
        {
            FieldProblems[field] = list = [];
        }

        list.Add(message);
    }

    public sealed record BrandsOnly(IReadOnlyList<BankBrand> Brands);
}
