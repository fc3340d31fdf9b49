namespace BrandContent.Plans;

/// <summary>
/// A plan's values as createPlan and updatePlan take them. The period is given as dates or, for a plan "giai đoạn
/// 2023-2025", as years (1 January of the first to 31 December of the last); dates win when both are given.
/// </summary>
public sealed record PlanInput(
    string? Number,
    DateOnly? IssuedOn,
    IReadOnlyDictionary<string, string> Titles,
    string? IssuingBody,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    int? FromYear,
    int? ToYear,
    Guid? ParentPlan)
{
    public DateOnly? PeriodStart => StartsOn ?? (FromYear is { } year && PlanYears.Contains(year) ? new DateOnly(year, 1, 1) : null);

    public DateOnly? PeriodEnd => EndsOn ?? (ToYear is { } year && PlanYears.Contains(year) ? new DateOnly(year, 12, 31) : null);
}

/// <summary>The years a plan, a task or a report may concern: wide enough for any real plan, narrow enough to refuse nonsense.</summary>
public static class PlanYears
{
    public const int First = 1945;
    public const int Last = 2100;

    public static bool Contains(int year) => year is >= First and <= Last;

    public static bool Contains(DateOnly day) => Contains(day.Year);
}
