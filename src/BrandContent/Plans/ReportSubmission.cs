using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Plans;

/// <summary>A report received under a duty for a year: when, from whom, what it says, and the document if there is one.</summary>
public sealed class ReportSubmission
{
    public const int SummaryMaxLength = 4_000;
    public const int ByMaxLength = 300;
    public const int DocumentUrlMaxLength = 2_000;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid DutyId { get; set; }

    /// <summary>The year the report covers (the year whose deadline it answers).</summary>
    public int Year { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string SubmittedBy { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? DocumentUrl { get; set; }

    /// <summary>The name of the key that recorded it.</summary>
    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.SubmittedBy).HasMaxLength(ReportSubmission.ByMaxLength);
        builder.Property(s => s.Summary).HasMaxLength(ReportSubmission.SummaryMaxLength);
        builder.Property(s => s.DocumentUrl).HasMaxLength(ReportSubmission.DocumentUrlMaxLength);
        builder.Property(s => s.RecordedBy).HasMaxLength(200);
        builder.HasOne<ReportingDuty>().WithMany().HasForeignKey(s => s.DutyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.DutyId, s.Year });
    }
}
