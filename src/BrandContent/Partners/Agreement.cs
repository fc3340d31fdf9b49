using BrandContent.Auditing;
using BrandContent.Events;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Partners;

/// <summary>
/// What a partner agreed to receive: brands, markets and audiences, for a period (or the dates of an event of one of
/// those brands). The partner's API keys belong to an agreement and work only while it is in force
/// (<see cref="AgreementTerm"/>).
/// </summary>
public sealed class Agreement
{
    public const int ReasonMaxLength = 1_000;
    public const int MaxBrands = 50;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid PartnerId { get; set; }

    /// <summary>Brand ids the agreement covers (at least one): its keys' brand scope.</summary>
    public List<Guid> Brands { get; set; } = [];

    /// <summary>Market codes: its keys' market scope; empty means every market.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>Audience codes its key messages are filtered by; empty means every audience.</summary>
    public List<string> Audiences { get; set; } = [];

    /// <summary>First day in force (UTC); none: from the start.</summary>
    public DateOnly? StartsOn { get; set; }

    /// <summary>Last day in force (UTC, inclusive); none: until ended.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The event it is tied to (cooperation "by event"); its dates were taken as the period when none was given.</summary>
    public Guid? EventId { get; set; }

    public AgreementStatus Status { get; set; } = AgreementStatus.Active;

    /// <summary>When it was last ended or suspended, by whom and why.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public string? EndedBy { get; set; }

    public string? EndReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}

/// <summary>ACTIVE (in force within its period), SUSPENDED (keys refused until resumed), ENDED (for good).</summary>
public enum AgreementStatus
{
    Active,
    Suspended,
    Ended,
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Version).IsRowVersion();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.EndedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.Property(a => a.EndReason).HasMaxLength(Agreement.ReasonMaxLength);
        builder.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Event>().WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.PartnerId);
        builder.ToTable(t => t.HasCheckConstraint("CK_Agreements_Dates", "\"EndsOn\" IS NULL OR \"StartsOn\" IS NULL OR \"EndsOn\" >= \"StartsOn\""));
    }
}
