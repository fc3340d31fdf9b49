using BrandContent.Brands;
using BrandContent.Campaigns;
using BrandContent.Editing;
using BrandContent.Events;
using BrandContent.Storage;
using BrandContent.Stories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Posts;

/// <summary>
/// A post for channels and markets (a social post, a radio script, a banner slogan): its texts are variants per
/// locale, checked against the rules of every channel it targets. It may belong to a campaign and tell of a story
/// or an event of the same brand.
/// </summary>
public sealed class ChannelPost : IContentEntity
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    public Guid? CampaignId { get; set; }

    public Guid? StoryId { get; set; }

    public Guid? EventId { get; set; }

    /// <summary>Pillars of the brand the post is tagged with, in the editor's order.</summary>
    public List<Guid> PillarIds { get; set; } = [];

    /// <summary>Codes of the channels the post goes out on.</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>Codes of the markets the post is for; each target channel serves at least one of them.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<ChannelPostVariant> Variants { get; set; } = [];
}

internal sealed class ChannelPostConfiguration : IEntityTypeConfiguration<ChannelPost>
{
    public void Configure(EntityTypeBuilder<ChannelPost> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Brand>().WithMany().HasForeignKey(p => p.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Story>().WithMany().HasForeignKey(p => p.StoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.BrandId, p.Id });
        builder.HasIndex(p => p.CampaignId);
        builder.HasIndex(p => p.Channels).HasMethod("gin");
        builder.HasIndex(p => p.Markets).HasMethod("gin");
    }
}
