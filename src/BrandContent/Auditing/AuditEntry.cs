using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Auditing;

/// <summary>One mutation as administrators see it afterwards: who, what, when, and a before/after summary.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    /// <summary>The mutation's name, e.g. <c>upsertStoryVariant</c>.</summary>
    public string Operation { get; set; } = "";

    public string? TargetKind { get; set; }

    public Guid? TargetId { get; set; }

    public string? Locale { get; set; }

    /// <summary>JSON.</summary>
    public string? Before { get; set; }

    /// <summary>JSON.</summary>
    public string? After { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(EditContext.ActorMaxLength);
        builder.Property(a => a.Operation).HasMaxLength(64);
        builder.Property(a => a.TargetKind).HasMaxLength(32);
        builder.Property(a => a.Locale).HasMaxLength(LocaleTag.MaxLength);
        builder.Property(a => a.Before).HasColumnType("jsonb");
        builder.Property(a => a.After).HasColumnType("jsonb");
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Actor, a.At });
    }
}
