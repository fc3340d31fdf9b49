using BrandContent.Auditing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Publishing;

/// <summary>What happened to a variant: an edit (with the full text as it then was) or a workflow step.</summary>
public enum RevisionAction
{
    Created,
    Updated,
    Restored,
    SubmittedForReview,
    Approved,
    ChangesRequested,
    Published,
    PublishScheduled,
    Unpublished,
    ConfirmedCurrent,
    FastTrackPublished,
}

/// <summary>One entry of a variant's history: who, when, what changed, and the text after the change.</summary>
public sealed class VariantRevision
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public ContentKind Kind { get; set; }

    public Guid EntityId { get; set; }

    public string Locale { get; set; } = "";

    /// <summary>The variant's revision after this entry.</summary>
    public int Revision { get; set; }

    public RevisionAction Action { get; set; }

    public WorkflowStatus Status { get; set; }

    /// <summary>JSON object of every localized field after the change; null for workflow steps.</summary>
    public string? Snapshot { get; set; }

    public List<string> ChangedFields { get; set; } = [];

    public string? Comment { get; set; }

    public string Actor { get; set; } = "";

    public DateTimeOffset At { get; set; }
}

internal sealed class VariantRevisionConfiguration : IEntityTypeConfiguration<VariantRevision>
{
    public void Configure(EntityTypeBuilder<VariantRevision> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Locale).HasMaxLength(LocaleTag.MaxLength);
        builder.Property(r => r.Snapshot).HasColumnType("jsonb");
        builder.Property(r => r.Actor).HasMaxLength(EditContext.ActorMaxLength);
        builder.HasIndex(r => new { r.Kind, r.EntityId, r.Locale, r.At });
    }
}
