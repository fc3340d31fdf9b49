namespace BrandContent.Brands;

/// <summary>Which brands a list or report covers: every brand, or only some (a key's scope, a brand argument).</summary>
public sealed record BrandSelection
{
    public static readonly BrandSelection All = new((IReadOnlyCollection<Guid>?)null);

    private BrandSelection(IReadOnlyCollection<Guid>? ids) => Ids = ids?.ToArray();

    /// <summary>The brands covered; null for every brand. An array, so that EF Core sends it as one parameter.</summary>
    public Guid[]? Ids { get; }

    public static BrandSelection Only(params IEnumerable<Guid> ids) => new(ids.ToArray());

    /// <summary>The brand given, or every brand when none is.</summary>
    public static BrandSelection Of(Guid? brandId) => brandId is { } id ? Only(id) : All;

    public bool Includes(Guid brandId) => Ids is null || Ids.Contains(brandId);
}
