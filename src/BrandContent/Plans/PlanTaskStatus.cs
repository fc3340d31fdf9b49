namespace BrandContent.Plans;

/// <summary>
/// Where a task stands. <see cref="Overdue"/> is never stored: it is how a task that is neither done nor cancelled
/// reads once its end date has passed in Việt Nam (<see cref="PlanTaskStatuses.Effective"/>).
/// </summary>
public enum PlanTaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Overdue,
    Cancelled,
}

public static class PlanTaskStatuses
{
    /// <summary>The status a reader sees on <paramref name="today"/> (a calendar day in Việt Nam).</summary>
    public static PlanTaskStatus Effective(PlanTaskStatus stored, DateOnly endsOn, DateOnly today) =>
        stored is PlanTaskStatus.NotStarted or PlanTaskStatus.InProgress && today > endsOn ? PlanTaskStatus.Overdue : stored;

    /// <summary>The statuses an editor may set; OVERDUE follows from the dates.</summary>
    public static bool IsSettable(PlanTaskStatus status) => status is not PlanTaskStatus.Overdue;
}
