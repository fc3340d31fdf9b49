using BrandContent.Pillars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Assets;

/// <summary>An asset tagged with a pillar, in the order the editor put them.</summary>
public sealed class AssetPillar
{
    public Guid AssetId { get; set; }

    public Guid PillarId { get; set; }

    public int Position { get; set; }
}

internal sealed class AssetPillarConfiguration : IEntityTypeConfiguration<AssetPillar>
{
    public void Configure(EntityTypeBuilder<AssetPillar> builder)
    {
        builder.HasKey(p => new { p.AssetId, p.PillarId });
        builder.HasOne<Pillar>().WithMany().HasForeignKey(p => p.PillarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.PillarId);
    }
}
