using BrandContent.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Plans;

/// <summary>Content of the task's brand that shows its result: a story, channel post, event or asset, by kind and id.</summary>
public sealed class PlanTaskEvidence
{
    /// <summary>The kinds of content a task's result can point at.</summary>
    public static readonly IReadOnlyList<ContentKind> Kinds = [ContentKind.Story, ContentKind.ChannelPost, ContentKind.Event, ContentKind.Asset];

    public const int MaxPerTask = 100;

    public Guid TaskId { get; set; }

    public ContentKind Kind { get; set; }

    public Guid ContentId { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}

internal sealed class PlanTaskEvidenceConfiguration : IEntityTypeConfiguration<PlanTaskEvidence>
{
    public void Configure(EntityTypeBuilder<PlanTaskEvidence> builder)
    {
        builder.ToTable("PlanTaskEvidence");
        builder.HasKey(e => new { e.TaskId, e.Kind, e.ContentId });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.ContentId);
    }
}
