using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Clarifications;

/// <summary>
/// An official statement answering false information about a brand ("thông tin chính thống, phản bác thông tin sai
/// lệch"): where the claim came from and spread, the markets concerned and how severe it is. The quoted claim and the
/// official facts are variants per locale.
/// </summary>
public sealed class Clarification : IContentEntity
{
    public const int SourceUrlMaxLength = 2000;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>
    /// The other brands the clarification concerns besides its owner (a province's statement that also concerns a
    /// commune): it is listed for each of them (ClarificationDelivery) and counts in their reports and KPIs.
    /// </summary>
    public List<Guid> ConcernedBrandIds { get; set; } = [];

    public Severity Severity { get; set; }

    /// <summary>Codes of the markets concerned: their chains' locales are the translations the fast track queues.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>Where the claim was first seen (http or https); only stored and shown, never fetched by the server.</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The outlets and platforms the claim spread on, as editors name them.</summary>
    public List<string> SpreadOn { get; set; } = [];

    /// <summary>Stories of the same brand that tell the facts at length.</summary>
    public List<Guid> RelatedStoryIds { get; set; } = [];

    /// <summary>When a variant was first published (fast track or the ordinary workflow); what an incident's answer time reads.</summary>
    public DateTimeOffset? FirstPublishedAt { get; set; }

    /// <summary>When the translations the first publication queued are due (by <see cref="Severity"/>); null before it.</summary>
    public DateTimeOffset? TranslationsDueAt { get; set; }

    /// <summary>The locales queued at the first publication: the concerned markets' chains, without the source locale.</summary>
    public List<string> TranslationLocales { get; set; } = [];

    /// <summary>Archived content is kept (history, translations) but never delivered.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public List<ClarificationVariant> Variants { get; set; } = [];
}

internal sealed class ClarificationConfiguration : IEntityTypeConfiguration<Clarification>
{
    public void Configure(EntityTypeBuilder<Clarification> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Property(c => c.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SourceUrl).HasMaxLength(Clarification.SourceUrlMaxLength);
        builder.HasOne<Brand>().WithMany().HasForeignKey(c => c.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Variants).WithOne().HasForeignKey(v => v.ClarificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.BrandId, c.Id });
        builder.HasIndex(c => c.Markets).HasMethod("gin");
        builder.HasIndex(c => c.ConcernedBrandIds).HasMethod("gin");
    }
}
