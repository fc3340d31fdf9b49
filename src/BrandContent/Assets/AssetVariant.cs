using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Assets;

public sealed class AssetVariant : Variant
{
    public Guid AssetId { get; set; }

    public string Title { get; set; } = "";

    public string? AltText { get; set; }

    public string? Caption { get; set; }

    public override Guid OwnerId => AssetId;
}

internal sealed class AssetVariantConfiguration : IEntityTypeConfiguration<AssetVariant>
{
    public void Configure(EntityTypeBuilder<AssetVariant> builder)
    {
        AssetDescriptor.Instance.ConfigureVariant(builder);
    }
}
