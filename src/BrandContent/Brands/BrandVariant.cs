using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Brands;

/// <summary>A brand's identity text in one locale: name, slogan, brand story, tone of voice, usage rules.</summary>
public sealed class BrandVariant : Variant
{
    public Guid BrandId { get; set; }

    public string Name { get; set; } = "";

    public string? Slogan { get; set; }

    /// <summary>Markdown.</summary>
    public string? Story { get; set; }

    public string? ToneOfVoice { get; set; }

    public List<string> UsageDo { get; set; } = [];

    public List<string> UsageDont { get; set; } = [];

    public override Guid OwnerId => BrandId;

    protected override void CopyCollections() => (UsageDo, UsageDont) = ([.. UsageDo], [.. UsageDont]);
}

internal sealed class BrandVariantConfiguration : IEntityTypeConfiguration<BrandVariant>
{
    public void Configure(EntityTypeBuilder<BrandVariant> builder)
    {
        BrandDescriptor.Instance.ConfigureVariant(builder);
    }
}
