using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Plans;

/// <summary>
/// A task of a plan, assigned by the "6 rõ" rule: rõ người (<see cref="LeadUnit"/>, <see cref="CooperatingUnits"/>),
/// rõ việc (<see cref="Work"/>), rõ trách nhiệm (<see cref="Responsibility"/>), rõ thời gian (<see cref="StartsOn"/>,
/// <see cref="EndsOn"/>), rõ nguồn lực (<see cref="BudgetSource"/> and an optional amount), rõ kết quả
/// (<see cref="ExpectedResult"/>). Called PlanTask because Task is taken by System.Threading.Tasks.
/// </summary>
public sealed class PlanTask
{
    public const int UnitMaxLength = 300;
    public const int MaxCooperatingUnits = 30;
    public const int WorkMaxLength = 2_000;
    public const int ResponsibilityMaxLength = 2_000;
    public const int BudgetSourceMaxLength = 500;
    public const int ExpectedResultMaxLength = 2_000;
    public const int CurrencyLength = 3;

    public Guid Id { get; set; } = TimeOrderedId.New();

    public Guid PlanId { get; set; }

    /// <summary>The plan's brand, kept on the task so a brand's tasks are read without the plan.</summary>
    public Guid BrandId { get; set; }

    /// <summary>The task's place in the plan's list (1 for the first).</summary>
    public int Position { get; set; }

    public string LeadUnit { get; set; } = "";

    public List<string> CooperatingUnits { get; set; } = [];

    public string Work { get; set; } = "";

    public string Responsibility { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>The budget, when the plan states one; with <see cref="BudgetCurrency"/>.</summary>
    public decimal? BudgetAmount { get; set; }

    /// <summary>ISO 4217 code (VND) of <see cref="BudgetAmount"/>.</summary>
    public string? BudgetCurrency { get; set; }

    /// <summary>Where the resources come from ("ngân sách tỉnh, dự toán hằng năm của đơn vị").</summary>
    public string BudgetSource { get; set; } = "";

    /// <summary>The deliverable that shows the task done.</summary>
    public string ExpectedResult { get; set; } = "";

    /// <summary>As set by an editor; never <see cref="PlanTaskStatus.Overdue"/> (see <see cref="PlanTaskStatuses.Effective"/>).</summary>
    public PlanTaskStatus Status { get; set; } = PlanTaskStatus.NotStarted;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("PlanTasks", t =>
        {
            t.HasCheckConstraint("CK_PlanTasks_Dates", "\"EndsOn\" >= \"StartsOn\"");
            t.HasCheckConstraint("CK_PlanTasks_Budget", "(\"BudgetAmount\" IS NULL) = (\"BudgetCurrency\" IS NULL)");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Version).IsRowVersion();
        builder.Property(t => t.LeadUnit).HasMaxLength(PlanTask.UnitMaxLength);
        builder.Property(t => t.Work).HasMaxLength(PlanTask.WorkMaxLength);
        builder.Property(t => t.Responsibility).HasMaxLength(PlanTask.ResponsibilityMaxLength);
        builder.Property(t => t.BudgetAmount).HasPrecision(20, 2);
        builder.Property(t => t.BudgetCurrency).HasMaxLength(PlanTask.CurrencyLength).IsFixedLength();
        builder.Property(t => t.BudgetSource).HasMaxLength(PlanTask.BudgetSourceMaxLength);
        builder.Property(t => t.ExpectedResult).HasMaxLength(PlanTask.ExpectedResultMaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PlanId, t.Position });
        builder.HasIndex(t => new { t.BrandId, t.EndsOn });
    }
}
