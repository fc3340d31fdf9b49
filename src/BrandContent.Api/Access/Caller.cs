using System.Security.Claims;
using BrandContent.Access;
using BrandContent.Brands;

namespace BrandContent.Api.Access;

/// <summary>Who is calling and what its key may reach; empty scope lists mean no restriction.</summary>
public sealed record Caller(
    string Name, Role Role, IReadOnlySet<string> BrandSlugs, IReadOnlySet<Guid> BrandIds, IReadOnlySet<string> Markets, IReadOnlySet<string> Locales)
{
    public const string BrandClaim = "bc:brand";
    public const string BrandIdClaim = "bc:brand-id";
    public const string MarketClaim = "bc:market";
    public const string LocaleClaim = "bc:locale";

    public bool Can(Permission permission) => Role.Has(permission);

    /// <summary>The brands this key covers, for lists that span brands.</summary>
    public BrandSelection Brands => BrandIds.Count == 0 ? BrandSelection.All : BrandSelection.Only(BrandIds);

    public bool InBrands(string slug) => BrandSlugs.Count == 0 || BrandSlugs.Contains(slug);

    public bool InBrands(Guid id) => BrandIds.Count == 0 || BrandIds.Contains(id);

    public bool InMarkets(string code) => Markets.Count == 0 || Markets.Contains(code);

    public bool InLocales(string tag) => Locales.Count == 0 || Locales.Contains(tag);

    public static Caller Anonymous(Role role) => new("anonymous", role, new HashSet<string>(), new HashSet<Guid>(), new HashSet<string>(), new HashSet<string>());

    public static Caller From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "?",
        Enum.Parse<Role>(user.FindFirstValue(ClaimTypes.Role)!),
        user.FindAll(BrandClaim).Select(c => c.Value).ToHashSet(),
        user.FindAll(BrandIdClaim).Select(c => Guid.Parse(c.Value)).ToHashSet(),
        user.FindAll(MarketClaim).Select(c => c.Value).ToHashSet(),
        user.FindAll(LocaleClaim).Select(c => c.Value).ToHashSet());
}
