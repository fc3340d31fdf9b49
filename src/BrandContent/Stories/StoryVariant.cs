using BrandContent.Brands;
using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Stories;

/// <summary>A story in one locale, with its own slug and SEO fields.</summary>
public sealed class StoryVariant : Variant
{
    public const int SlugMaxLength = 120;

    public Guid StoryId { get; set; }

    /// <summary>Copied from the story so that a slug can be unique per brand and locale.</summary>
    public Guid BrandId { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>Markdown.</summary>
    public string? Body { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public List<string> SeoKeywords { get; set; } = [];

    public override Guid OwnerId => StoryId;

    protected override void CopyCollections() => SeoKeywords = [.. SeoKeywords];
}

internal sealed class StoryVariantConfiguration : IEntityTypeConfiguration<StoryVariant>
{
    public void Configure(EntityTypeBuilder<StoryVariant> builder)
    {
        StoryDescriptor.Instance.ConfigureVariant(builder);
        builder.HasOne<Brand>().WithMany().HasForeignKey(v => v.BrandId).OnDelete(DeleteBehavior.Cascade);
        // A slug is unique per brand and locale; the slug leads the locale because delivery finds a story by its slug in any locale.
        builder.HasIndex(v => new { v.BrandId, v.Slug, v.Locale, v.IsLive }).IsUnique();
    }
}
