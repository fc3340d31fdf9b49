using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Assets;

/// <summary>Media metadata from the digital asset bank: where the file is, who made it, and until when it may be used.</summary>
public sealed class Asset : IContentEntity
{
    public const int UrlMaxLength = 2048;
    public const int MimeTypeMaxLength = 127;
    public const int CreditMaxLength = 500;
    public const int LicenseMaxLength = 500;

    /// <summary>Tags an asset may carry; each is a <see cref="Stories.StoryTag"/> in its one spelling.</summary>
    public const int MaxTags = 30;

    /// <summary>Pillars an asset may be tagged with.</summary>
    public const int MaxPillars = 20;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    public AssetKind Kind { get; set; }

    public string Url { get; set; } = "";

    public string MimeType { get; set; } = "";

    public long? SizeBytes { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public double? DurationSeconds { get; set; }

    public string? Credit { get; set; }

    public string? License { get; set; }

    /// <summary>After this instant the asset is never delivered.</summary>
    public DateTimeOffset? RightsExpireAt { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<AssetPillar> Pillars { get; set; } = [];

    public List<AssetVariant> Variants { get; set; } = [];
}

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Version).IsRowVersion();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Url).HasMaxLength(Asset.UrlMaxLength);
        builder.Property(a => a.MimeType).HasMaxLength(Asset.MimeTypeMaxLength);
        builder.Property(a => a.Credit).HasMaxLength(Asset.CreditMaxLength);
        builder.Property(a => a.License).HasMaxLength(Asset.LicenseMaxLength);
        builder.HasOne<Brand>().WithMany().HasForeignKey(a => a.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Pillars).WithOne().HasForeignKey(p => p.AssetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.Tags).HasMethod("gin");
        builder.HasMany(a => a.Variants).WithOne().HasForeignKey(v => v.AssetId).OnDelete(DeleteBehavior.Cascade);
    }
}
