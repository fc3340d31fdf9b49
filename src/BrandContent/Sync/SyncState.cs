using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Sync;

/// <summary>
/// The deployment's one row of sync bookkeeping, shared by every process: the key tokens are signed with, the
/// transaction horizon below which the log was compacted, and how far time-driven changes have been logged.
/// </summary>
public sealed class SyncState
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    /// <summary>HMAC-SHA256 key of sync tokens, made once at random by the first server to start.</summary>
    public byte[] SigningKey { get; set; } = [];

    /// <summary>Log rows of transactions below this id are gone: a token from before it gets SYNC_TOKEN_EXPIRED.</summary>
    public long CompactedBelow { get; set; }

    /// <summary>PublishAt, unpublishAt and rights expiries up to this instant are in the log.</summary>
    public DateTimeOffset TimeWatermark { get; set; }
}

internal sealed class SyncStateConfiguration : IEntityTypeConfiguration<SyncState>
{
    public void Configure(EntityTypeBuilder<SyncState> builder)
    {
        builder.ToTable("SyncState");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
