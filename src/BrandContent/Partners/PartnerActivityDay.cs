using BrandContent.Brands;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Partners;

/// <summary>
/// How often a partner, under one agreement, took one kind of a brand's messaging on one UTC day: a rolled-up count,
/// not a row per request (<see cref="PartnerActivityRecorder"/> adds to it).
/// </summary>
public sealed class PartnerActivityDay
{
    public const int VersionMaxLength = 128;

    public Guid PartnerId { get; set; }

    public Guid AgreementId { get; set; }

    public Guid BrandId { get; set; }

    public PartnerActivityKind Kind { get; set; }

    /// <summary>The UTC day counted.</summary>
    public DateOnly Day { get; set; }

    public int Count { get; set; }

    public DateTimeOffset FirstAt { get; set; }

    public DateTimeOffset LastAt { get; set; }

    /// <summary>The version served last that day (the brand's messaging version, or the kit's).</summary>
    public string LastVersion { get; set; } = "";
}

internal sealed class PartnerActivityDayConfiguration : IEntityTypeConfiguration<PartnerActivityDay>
{
    public void Configure(EntityTypeBuilder<PartnerActivityDay> builder)
    {
        // The key is the rollup's unique (partner, agreement, brand, kind, day): the flush upserts on it.
        builder.HasKey(d => new { d.PartnerId, d.AgreementId, d.BrandId, d.Kind, d.Day });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastVersion).HasMaxLength(PartnerActivityDay.VersionMaxLength);
        builder.HasOne<Partner>().WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Brand>().WithMany().HasForeignKey(d => d.BrandId).OnDelete(DeleteBehavior.Cascade);

        // partnersBehindOnMessaging and the yearly report read by brand and day.
        builder.HasIndex(d => new { d.BrandId, d.Day });
    }
}
