using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Stories;

/// <summary>A narrative about the destination, tagged with pillars and free tags.</summary>
public sealed class Story : IContentEntity
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>The story's date as readers see it; stories are listed newest first.</summary>
    public DateOnly Date { get; set; }

    public List<string> Tags { get; set; } = [];

    public Guid? HeroAssetId { get; set; }

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<StoryPillar> Pillars { get; set; } = [];

    public List<StoryVariant> Variants { get; set; } = [];
}

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<Brand>().WithMany().HasForeignKey(s => s.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Asset>().WithMany().HasForeignKey(s => s.HeroAssetId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Pillars).WithOne().HasForeignKey(p => p.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Variants).WithOne().HasForeignKey(v => v.StoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.BrandId, s.Date, s.Id });
        builder.HasIndex(s => s.Tags).HasMethod("gin");
    }
}
