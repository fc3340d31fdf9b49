using BrandContent.Brands;
using BrandContent.Monitoring;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Clarifications;

/// <summary>
/// A case of false information about a brand: the mentions that carried it, the clarification that answers it, when it
/// was detected and when it was answered (the response time the plans' "lực lượng phản ứng nhanh" is judged by).
/// </summary>
public sealed class Incident
{
    public const int SummaryMaxLength = 2000;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    public Guid? ClarificationId { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    /// <summary>Set when its clarification is first published, or as given by an editor; null while unanswered.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    public string Summary { get; set; } = "";

    public Severity Severity { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<IncidentMention> Mentions { get; set; } = [];

    /// <summary>From detection to answer; null while unanswered.</summary>
    public TimeSpan? ResponseTime => AnsweredAt is { } answered ? answered - DetectedAt : null;
}

/// <summary>A mention (media monitoring's <c>Mention</c>) that carried the incident's claim.</summary>
public sealed class IncidentMention
{
    public Guid IncidentId { get; set; }

    public Guid MentionId { get; set; }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Property(i => i.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Summary).HasMaxLength(Incident.SummaryMaxLength);
        builder.Property(i => i.RecordedBy).HasMaxLength(Auditing.EditContext.ActorMaxLength);
        builder.Ignore(i => i.ResponseTime);
        builder.HasOne<Brand>().WithMany().HasForeignKey(i => i.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Clarification>().WithMany().HasForeignKey(i => i.ClarificationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Mentions).WithOne().HasForeignKey(m => m.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.BrandId, i.DetectedAt });
        builder.HasIndex(i => i.ClarificationId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Incidents_Answer", "\"AnsweredAt\" IS NULL OR \"AnsweredAt\" >= \"DetectedAt\""));
    }
}

internal sealed class IncidentMentionConfiguration : IEntityTypeConfiguration<IncidentMention>
{
    public void Configure(EntityTypeBuilder<IncidentMention> builder)
    {
        builder.ToTable("IncidentMentions");
        builder.HasKey(m => new { m.IncidentId, m.MentionId });
        builder.HasOne<Mention>().WithMany().HasForeignKey(m => m.MentionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.MentionId);
    }
}
