namespace BrandContent.Demo;

/// <summary>Whether the demo destinations are loaded at start (<c>BrandContent:DemoContent</c>, a plain true/false).</summary>
public sealed record DemoContentOptions
{
    public const string Section = "BrandContent:DemoContent";

    public bool Load { get; set; } = true;
}
