using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Plans;

/// <summary>A dated note on how a task is going, by whom (a person or unit), and which key recorded it.</summary>
public sealed class PlanTaskProgress
{
    public const int NoteMaxLength = 4_000;
    public const int ByMaxLength = 300;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid TaskId { get; set; }

    /// <summary>The day the note is about (a calendar day in Việt Nam).</summary>
    public DateOnly On { get; set; }

    public string By { get; set; } = "";

    public string Note { get; set; } = "";

    /// <summary>The name of the key that recorded it.</summary>
    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class PlanTaskProgressConfiguration : IEntityTypeConfiguration<PlanTaskProgress>
{
    public void Configure(EntityTypeBuilder<PlanTaskProgress> builder)
    {
        builder.ToTable("PlanTaskProgress");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.By).HasMaxLength(PlanTaskProgress.ByMaxLength);
        builder.Property(p => p.Note).HasMaxLength(PlanTaskProgress.NoteMaxLength);
        builder.Property(p => p.RecordedBy).HasMaxLength(200);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TaskId, p.On });
    }
}
