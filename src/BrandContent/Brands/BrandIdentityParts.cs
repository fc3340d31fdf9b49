namespace BrandContent.Brands;

/// <summary>One color of the palette: what it is called, its hex value and its role (PRIMARY, ACCENT…).</summary>
public sealed class BrandColor
{
    public string Name { get; set; } = "";

    public string Hex { get; set; } = "";

    public string Role { get; set; } = "";
}

/// <summary>A typeface and the role it plays (HEADING, BODY…), with the generic family to fall back to.</summary>
public sealed class BrandFont
{
    public string Role { get; set; } = "";

    public string Family { get; set; } = "";

    public string Fallback { get; set; } = "";
}

/// <summary>A logo variant (PRIMARY, MONOCHROME, HORIZONTAL…) and the asset that holds it.</summary>
public sealed class BrandLogo
{
    public string Variant { get; set; } = "";

    public Guid AssetId { get; set; }
}
