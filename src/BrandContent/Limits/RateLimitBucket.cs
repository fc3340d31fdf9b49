using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Limits;

/// <summary>
/// A caller's request budget shared by every server on the database (<see cref="PostgresPermitStore"/>): a token bucket
/// refilled continuously, written by one statement per lease. A row whose bucket is full again is the same as no row,
/// so <see cref="RateLimitBucketSweep"/> deletes it.
/// </summary>
public sealed class RateLimitBucket
{
    /// <summary><see cref="PermitBucket.Key"/>: the caller, its limit and its window.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>Permits left at <see cref="RefilledAt"/>, a fraction while one refills.</summary>
    public double Tokens { get; set; }

    /// <summary>What the last lease got, for the statement to return.</summary>
    public int LastGranted { get; set; }

    public DateTimeOffset RefilledAt { get; set; }

    /// <summary>When the bucket is full again if nobody takes from it.</summary>
    public DateTimeOffset FullAt { get; set; }
}

internal sealed class RateLimitBucketConfiguration : IEntityTypeConfiguration<RateLimitBucket>
{
    public void Configure(EntityTypeBuilder<RateLimitBucket> builder)
    {
        builder.ToTable("RateLimitBuckets");
        builder.HasKey(b => b.Bucket);
        builder.Property(b => b.Bucket).HasMaxLength(PermitBucket.MaxKeyLength);

        // Counters need no crash safety (after a crash every bucket is full, as after a restart of one process),
        // and an unlogged table writes no WAL for each lease.
        builder.IsUnlogged();
    }
}
