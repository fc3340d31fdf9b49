using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Plans;

/// <summary>
/// Who reports to whom under a plan, and by when each year: a day and month ("trước ngày 05/11 hằng năm"), or
/// neither for a report made on request ("đột xuất", "khi có yêu cầu"), which is never late.
/// </summary>
public sealed class ReportingDuty
{
    public const int UnitMaxLength = 300;
    public const int NoteMaxLength = 1_000;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid PlanId { get; set; }

    public string ReportingUnit { get; set; } = "";

    public string RecipientUnit { get; set; } = "";

    /// <summary>Day of <see cref="DueMonth"/> the report is due each year; null (with the month) when it is made on request.</summary>
    public int? DueDay { get; set; }

    public int? DueMonth { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool OnRequest => DueDay is null;
}

internal sealed class ReportingDutyConfiguration : IEntityTypeConfiguration<ReportingDuty>
{
    public void Configure(EntityTypeBuilder<ReportingDuty> builder)
    {
        builder.ToTable("ReportingDuties", t => t.HasCheckConstraint(
            "CK_ReportingDuties_Due",
            "(\"DueDay\" IS NULL AND \"DueMonth\" IS NULL) OR (\"DueDay\" BETWEEN 1 AND 31 AND \"DueMonth\" BETWEEN 1 AND 12)"));
        builder.HasKey(d => d.Id);
        builder.Ignore(d => d.OnRequest);
        builder.Property(d => d.ReportingUnit).HasMaxLength(ReportingDuty.UnitMaxLength);
        builder.Property(d => d.RecipientUnit).HasMaxLength(ReportingDuty.UnitMaxLength);
        builder.Property(d => d.Note).HasMaxLength(ReportingDuty.NoteMaxLength);
        builder.HasOne<Plan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.PlanId);
    }
}
