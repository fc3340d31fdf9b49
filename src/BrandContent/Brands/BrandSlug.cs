namespace BrandContent.Brands;

/// <summary>A brand's slug (<c>gia-lai</c>) in its one spelling: lower case, no surrounding space.</summary>
public static class BrandSlug
{
    /// <summary>The slug as stored, for looking a brand up (<c>"Gia-Lai "</c> → <c>gia-lai</c>); new slugs are checked, not changed.</summary>
    public static string Normalize(string slug) => slug.Trim().ToLowerInvariant();
}
