using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Brands;

/// <summary>A destination (country, province, commune) and the identity its content is built on.</summary>
public sealed class Brand : IContentEntity
{
    public const int SlugMaxLength = 80;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public string Slug { get; set; } = "";

    public Guid? ParentId { get; set; }

    public BrandLevel Level { get; set; }

    /// <summary>The locale editors write in; translations are made from it.</summary>
    public string SourceLocale { get; set; } = "vi";

    public List<BrandColor> Colors { get; set; } = [];

    public List<BrandFont> Typography { get; set; } = [];

    public List<BrandLogo> Logos { get; set; } = [];

    public List<BrandVariant> Variants { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}

internal sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Version).IsRowVersion();
        builder.Property(b => b.Slug).HasMaxLength(Brand.SlugMaxLength);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.SourceLocale).HasMaxLength(LocaleTag.MaxLength);
        builder.HasOne<Locale>().WithMany().HasForeignKey(b => b.SourceLocale).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Brand>().WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Variants).WithOne().HasForeignKey(v => v.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(b => b.Colors, c => c.ToJson());
        builder.OwnsMany(b => b.Typography, t => t.ToJson());
        builder.OwnsMany(b => b.Logos, l => l.ToJson());
    }
}
