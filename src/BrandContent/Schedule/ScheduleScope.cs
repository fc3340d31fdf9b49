using BrandContent.Brands;

namespace BrandContent.Schedule;

/// <summary>The brands and markets a caller's key covers (empty markets: every market), for slots and their records.</summary>
public sealed record ScheduleScope(BrandSelection Brands, IReadOnlySet<string> Markets)
{
    public static readonly ScheduleScope Everything = new(BrandSelection.All, new HashSet<string>());

    public bool Covers(Guid brandId, string market) => Brands.Includes(brandId) && (Markets.Count == 0 || Markets.Contains(market));

    /// <summary>Refuses a slot outside the scope the way the access rules refuse an argument (OUT_OF_SCOPE).</summary>
    public void Check(Guid brandId, string market)
    {
        if (!Brands.Includes(brandId))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "brand", brandId);
        }

        if (Markets.Count > 0 && !Markets.Contains(market))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "market", market);
        }
    }
}
