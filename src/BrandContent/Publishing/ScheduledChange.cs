using BrandContent.Auditing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Publishing;

public enum ScheduledAction
{
    Publish,
    Unpublish,
}

/// <summary>
/// A publish or unpublish due at a given time. The scheduler claims due rows with FOR UPDATE SKIP LOCKED, so with
/// several server processes on one database each change is carried out exactly once.
/// </summary>
public sealed class ScheduledChange
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public ContentKind Kind { get; set; }

    public Guid EntityId { get; set; }

    public string Locale { get; set; } = "";

    public ScheduledAction Action { get; set; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>The working revision that was approved for publishing; a later edit cancels the publish.</summary>
    public int Revision { get; set; }

    public string RequestedBy { get; set; } = "";

    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>What the scheduler did: DONE, or why it skipped the change.</summary>
    public string? Outcome { get; set; }
}

internal sealed class ScheduledChangeConfiguration : IEntityTypeConfiguration<ScheduledChange>
{
    public void Configure(EntityTypeBuilder<ScheduledChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Locale).HasMaxLength(LocaleTag.MaxLength);
        builder.Property(c => c.RequestedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.Property(c => c.Outcome).HasMaxLength(64);
        builder.HasIndex(c => c.DueAt).HasFilter("\"DoneAt\" IS NULL");
    }
}
