using BrandContent.Auditing;
using BrandContent.Channels;
using BrandContent.Markets;
using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Schedule;

/// <summary>Where a slot is in its life: waiting for its time, due, posted by a scheduler, or taken off the schedule.</summary>
public enum SlotState
{
    Scheduled,
    Due,
    Posted,
    Cancelled,
}

/// <summary>
/// One planned appearance of a channel post: on a channel, for a market, at a wall-clock time of the market's time
/// zone. The zone and the instant are fixed when the slot is scheduled, so a later change of the market's zone does
/// not move slots already planned (docs/architecture.md, "The schedule feed").
/// </summary>
public sealed class PostSlot
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid PostId { get; set; }

    /// <summary>The post's brand, kept on the slot so that feeds and scopes filter without a join.</summary>
    public Guid BrandId { get; set; }

    public string Channel { get; set; } = "";

    public string Market { get; set; } = "";

    /// <summary>The wall-clock time in <see cref="TimeZone"/> (<c>timestamp without time zone</c>).</summary>
    public DateTime LocalTime { get; set; }

    /// <summary>The IANA zone of the market when the slot was scheduled.</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>The instant <see cref="LocalTime"/> happens in <see cref="TimeZone"/>.</summary>
    public DateTimeOffset DueAt { get; set; }

    public SlotState State { get; set; }

    public string ScheduledBy { get; set; } = "";

    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>When the due job marked the slot due (once; the slot.due event goes out then).</summary>
    public DateTimeOffset? DueMarkedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
}

internal sealed class PostSlotConfiguration : IEntityTypeConfiguration<PostSlot>
{
    public void Configure(EntityTypeBuilder<PostSlot> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Channel).HasMaxLength(ChannelCode.MaxLength);
        builder.Property(s => s.Market).HasMaxLength(MarketCode.MaxLength);
        builder.Property(s => s.LocalTime).HasColumnType("timestamp without time zone");
        builder.Property(s => s.TimeZone).HasMaxLength(MarketTimeZone.MaxLength);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ScheduledBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.HasOne<ChannelPost>().WithMany().HasForeignKey(s => s.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Channel, s.Market, s.DueAt });
        builder.HasIndex(s => s.PostId);
        // The due job's claim: slots still waiting, by time.
        builder.HasIndex(s => s.DueAt).HasFilter("\"State\" = 'Scheduled'");
    }
}
