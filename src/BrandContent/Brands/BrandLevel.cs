namespace BrandContent.Brands;

/// <summary>Where a brand sits in the destination hierarchy: national → province/city → ward/commune.</summary>
public enum BrandLevel
{
    National,
    Province,
    Commune,
}
