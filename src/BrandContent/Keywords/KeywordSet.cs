using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Pillars;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Keywords;

/// <summary>
/// A brand's keyword set ("bộ từ khóa truyền thông"): the keywords and hashtags its communicators use for a theme or a
/// pillar, in given markets. The theme's name, keywords and hashtags are variants per locale.
/// </summary>
public sealed class KeywordSet : IContentEntity
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>The pillar the set serves, when it serves one; else its theme is only its localized name.</summary>
    public Guid? PillarId { get; set; }

    /// <summary>Market codes it is meant for; empty means every market.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<KeywordSetVariant> Variants { get; set; } = [];
}

internal sealed class KeywordSetConfiguration : IEntityTypeConfiguration<KeywordSet>
{
    public void Configure(EntityTypeBuilder<KeywordSet> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Version).IsRowVersion();
        builder.HasOne<Brand>().WithMany().HasForeignKey(k => k.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pillar>().WithMany().HasForeignKey(k => k.PillarId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(k => k.Variants).WithOne().HasForeignKey(v => v.KeywordSetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => new { k.BrandId, k.Id });
    }
}
