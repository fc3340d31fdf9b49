using BrandContent.Brands;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Plans;

/// <summary>
/// A plan a brand works to (a "kế hoạch" such as 183/KH-UBND of 23/05/2024): its number and date of issue (both empty
/// while it is a draft), title per locale, issuing body, period and the plan it carries out (its parent).
/// </summary>
public sealed class Plan
{
    public const int NumberMaxLength = 60;
    public const int TitleMaxLength = 500;
    public const int IssuingBodyMaxLength = 200;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid BrandId { get; set; }

    /// <summary>The document's number as issued ("183/KH-UBND"); null for a draft not yet numbered.</summary>
    public string? Number { get; set; }

    /// <summary>The date of issue; null for a draft.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The title per locale tag; the brand's source locale (vi for the demo plans) is required.</summary>
    public Dictionary<string, string> Titles { get; set; } = [];

    /// <summary>Who issued it ("UBND tỉnh Đồng Nai").</summary>
    public string IssuingBody { get; set; } = "";

    /// <summary>The first day of the plan's period (a period in years starts on 1 January).</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>The last day of the plan's period (a period in years ends on 31 December).</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>The plan this one carries out: of the same brand or a brand above it; never a cycle.</summary>
    public Guid? ParentPlanId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Number).HasMaxLength(Plan.NumberMaxLength);
        builder.Property(p => p.Titles).HasColumnType("hstore");
        builder.Property(p => p.IssuingBody).HasMaxLength(Plan.IssuingBodyMaxLength);
        builder.HasOne<Brand>().WithMany().HasForeignKey(p => p.BrandId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.BrandId, p.StartsOn });
        builder.ToTable(t => t.HasCheckConstraint("CK_Plans_Dates", "\"EndsOn\" >= \"StartsOn\""));
    }
}
