using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Pillars;

/// <summary>A theme a brand is built on (the Gong culture space, the investment environment…).</summary>
public sealed class Pillar : IContentEntity
{
    public const int KeyMaxLength = 80;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>Stable, locale-free handle used in filters (<c>pillar: "gong-culture"</c>).</summary>
    public string Key { get; set; } = "";

    public int Position { get; set; }

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<PillarVariant> Variants { get; set; } = [];
}

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Key).HasMaxLength(Pillar.KeyMaxLength);
        builder.HasIndex(p => new { p.BrandId, p.Key }).IsUnique();
        builder.HasOne<Brand>().WithMany().HasForeignKey(p => p.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.PillarId).OnDelete(DeleteBehavior.Cascade);
    }
}
