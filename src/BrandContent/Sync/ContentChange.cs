using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Sync;

/// <summary>
/// One row of the change log delta sync reads: an entity whose delivered form may have changed, written in the
/// transaction of the change (<see cref="ContentChangeLog"/>). A row without a kind is a reset: every token of the
/// brand (or, with a market, of that market's chain; with neither, of everyone) from before it is too old to serve.
/// </summary>
public sealed class ContentChange
{
    /// <summary>The order rows were taken in; not the order they commit in (that is what <see cref="TxId"/> is for).</summary>
    public long Seq { get; set; }

    /// <summary>The writing transaction's id (<c>pg_current_xact_id()</c>): readers serve only rows below their snapshot's xmin.</summary>
    public long TxId { get; set; }

    public ContentKind? Kind { get; set; }

    public Guid? EntityId { get; set; }

    public Guid? BrandId { get; set; }

    /// <summary>For a reset of one market's chain: its code.</summary>
    public string? Market { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.ToTable("ContentChanges");
        builder.HasKey(c => c.Seq);
        builder.Property(c => c.TxId).HasDefaultValueSql("pg_current_xact_id()::text::bigint");
        builder.Property(c => c.RecordedAt).HasDefaultValueSql("now()");
        builder.Property(c => c.Seq).UseIdentityAlwaysColumn();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Market).HasMaxLength(16);
        builder.HasIndex(c => new { c.BrandId, c.TxId });
        builder.HasIndex(c => c.TxId);
        builder.HasIndex(c => c.RecordedAt);
    }
}
