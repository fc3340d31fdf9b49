using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Pillars;

public sealed class PillarVariant : Variant
{
    public Guid PillarId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public override Guid OwnerId => PillarId;
}

internal sealed class PillarVariantConfiguration : IEntityTypeConfiguration<PillarVariant>
{
    public void Configure(EntityTypeBuilder<PillarVariant> builder)
    {
        PillarDescriptor.Instance.ConfigureVariant(builder);
    }
}
