using BrandContent.Auditing;
using BrandContent.Brands;
using BrandContent.Channels;
using BrandContent.Markets;
using BrandContent.Pillars;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Kpis;

/// <summary>
/// One indicator a brand follows over a range of years: which measure, filtered how, from which baseline to which
/// target, and its name and definition per locale. Rows, not code: a plan's new indicator is a mutation.
/// </summary>
public sealed class KpiDefinition
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int DefinitionMaxLength = 2000;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>The indicator's code within the brand (<c>POSITIVE_FOREIGN_SHARE</c>), constant case.</summary>
    public string Code { get; set; } = "";

    /// <summary>The first year the indicator is followed.</summary>
    public int FromYear { get; set; }

    /// <summary>The last year, inclusive; null while the plan runs on.</summary>
    public int? ToYear { get; set; }

    public KpiMeasure Measure { get; set; }

    /// <summary>Only mentions, content or posts of this market (a <see cref="Market"/> code); null for all.</summary>
    public string? Market { get; set; }

    /// <summary>Only content of this pillar (CONTENT_PUBLISHED); null for all.</summary>
    public Guid? PillarId { get; set; }

    /// <summary>Only posts on this channel (POSTS_SENT); null for all.</summary>
    public string? Channel { get; set; }

    /// <summary>The value the plan starts from (the year before <see cref="FromYear"/>), as the plan states it.</summary>
    public decimal? Baseline { get; set; }

    public KpiTargetKind TargetKind { get; set; }

    /// <summary>The target value (ABSOLUTE) or the growth in percent on last year's value (RELATIVE_GROWTH).</summary>
    public decimal TargetValue { get; set; }

    public KpiDirection Direction { get; set; }

    /// <summary>The indicator's name per locale tag.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>How it is computed and what the target means, per locale tag: returned with every figure.</summary>
    public Dictionary<string, string> Definitions { get; set; } = [];

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}

internal sealed class KpiDefinitionConfiguration : IEntityTypeConfiguration<KpiDefinition>
{
    public void Configure(EntityTypeBuilder<KpiDefinition> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Version).IsRowVersion();
        builder.Property(k => k.Code).HasMaxLength(KpiDefinition.CodeMaxLength);
        builder.Property(k => k.Measure).HasConversion<string>().HasMaxLength(32);
        builder.Property(k => k.Market).HasMaxLength(MarketCode.MaxLength);
        builder.Property(k => k.Channel).HasMaxLength(ChannelCode.MaxLength);
        builder.Property(k => k.Baseline).HasPrecision(18, 4);
        builder.Property(k => k.TargetKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.TargetValue).HasPrecision(18, 4);
        builder.Property(k => k.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.Names).HasColumnType("hstore");
        builder.Property(k => k.Definitions).HasColumnType("hstore");
        builder.Property(k => k.UpdatedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.HasOne<Brand>().WithMany().HasForeignKey(k => k.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pillar>().WithMany().HasForeignKey(k => k.PillarId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => new { k.BrandId, k.Code, k.FromYear }).IsUnique();
    }
}
