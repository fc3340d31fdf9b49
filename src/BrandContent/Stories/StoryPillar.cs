using BrandContent.Pillars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Stories;

/// <summary>A story tagged with a pillar, in the order the editor put them.</summary>
public sealed class StoryPillar
{
    public Guid StoryId { get; set; }

    public Guid PillarId { get; set; }

    public int Position { get; set; }
}

internal sealed class StoryPillarConfiguration : IEntityTypeConfiguration<StoryPillar>
{
    public void Configure(EntityTypeBuilder<StoryPillar> builder)
    {
        builder.HasKey(p => new { p.StoryId, p.PillarId });
        builder.HasOne<Pillar>().WithMany().HasForeignKey(p => p.PillarId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.PillarId);
    }
}
