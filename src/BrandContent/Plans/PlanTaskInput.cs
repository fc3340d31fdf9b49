using BrandContent.Localization;

namespace BrandContent.Plans;

/// <summary>
/// A task's values as createTask and updateTask take them. The six "rõ" fields are optional here so that a task missing
/// several is answered with one problem for each (<see cref="PlanTaskRules"/>), not a parse error for the first.
/// <see cref="Evidence"/> null keeps a task's evidence as it is; a list replaces it.
/// </summary>
public sealed record PlanTaskInput(
    string? LeadUnit,
    IReadOnlyList<string>? CooperatingUnits,
    string? Work,
    string? Responsibility,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    decimal? BudgetAmount,
    string? BudgetCurrency,
    string? BudgetSource,
    string? ExpectedResult,
    PlanTaskStatus? Status,
    int? Position,
    IReadOnlyList<EvidenceLink>? Evidence);

/// <summary>A piece of content named as evidence: its kind (story, channel post, event or asset) and id.</summary>
public sealed record EvidenceLink(ContentKind Kind, Guid Id);

/// <summary>A progress note as addTaskProgress takes it: the day, who (a person or unit) and what.</summary>
public sealed record PlanTaskProgressInput(DateOnly? On, string? By, string? Note);
