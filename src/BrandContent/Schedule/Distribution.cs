using BrandContent.Auditing;
using BrandContent.Channels;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Schedule;

/// <summary>What a scheduler reported sending: one record per slot (a unique index makes markPosted idempotent under races).</summary>
public sealed class Distribution
{
    public const int ExternalIdMaxLength = 200;
    public const int UrlMaxLength = 2048;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid SlotId { get; set; }

    public Guid PostId { get; set; }

    public Guid BrandId { get; set; }

    public string Channel { get; set; } = "";

    public string Market { get; set; } = "";

    /// <summary>The locale of the variant the schedule served when the slot was marked posted.</summary>
    public string Locale { get; set; } = "";

    /// <summary>The post's id on the platform (a tweet id, a Facebook post id…).</summary>
    public string ExternalId { get; set; } = "";

    public string Url { get; set; } = "";

    public DateTimeOffset PostedAt { get; set; }

    public string MarkedBy { get; set; } = "";

    public DateTimeOffset MarkedAt { get; set; }
}

internal sealed class DistributionConfiguration : IEntityTypeConfiguration<Distribution>
{
    public void Configure(EntityTypeBuilder<Distribution> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Channel).HasMaxLength(ChannelCode.MaxLength);
        builder.Property(d => d.Market).HasMaxLength(MarketCode.MaxLength);
        builder.Property(d => d.Locale).HasMaxLength(LocaleTag.MaxLength);
        builder.Property(d => d.ExternalId).HasMaxLength(Distribution.ExternalIdMaxLength);
        builder.Property(d => d.Url).HasMaxLength(Distribution.UrlMaxLength);
        builder.Property(d => d.MarkedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.HasOne<PostSlot>().WithMany().HasForeignKey(d => d.SlotId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.SlotId).IsUnique();
        builder.HasIndex(d => new { d.BrandId, d.PostedAt });
    }
}
