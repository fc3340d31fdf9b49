using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>A task as the yearly report lists it: its plan's number (empty for a draft), the work, lead unit, dates, status and evidence.</summary>
public sealed record TaskSummary(
    Guid Id, string PlanNumber, string Work, string LeadUnit, DateOnly Start, DateOnly End, PlanTaskStatus Status, IReadOnlyList<TaskEvidence> Evidence);

/// <summary>A piece of content that shows a task's result, with its title in the brand's source locale.</summary>
public sealed record TaskEvidence(ContentKind Kind, Guid Id, string Title);

public static class TaskSummaries
{
    /// <summary>The brand's tasks whose dates touch <paramref name="year"/>, in plan and list order, with the status as of now in Việt Nam.</summary>
    public static Task<IReadOnlyList<TaskSummary>> TasksOfBrandYearAsync(this BrandContentDb db, Guid brandId, int year, CancellationToken ct) =>
        db.TasksOfBrandYearAsync(brandId, year, PlanCalendar.Today(TimeProvider.System), ct);

    /// <summary>As above, with the day the statuses are judged on (OVERDUE after the end date).</summary>
    public static async Task<IReadOnlyList<TaskSummary>> TasksOfBrandYearAsync(this BrandContentDb db, Guid brandId, int year, DateOnly today, CancellationToken ct)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var tasks = await db.PlanTasks
            .Where(t => t.BrandId == brandId && t.StartsOn <= last && t.EndsOn >= first)
            .Join(db.Plans, t => t.PlanId, p => p.Id, (t, p) => new { Task = t, p.Number, p.StartsOn })
            .OrderBy(x => x.StartsOn).ThenBy(x => x.Task.PlanId).ThenBy(x => x.Task.Position).ThenBy(x => x.Task.Id)
            .ToListAsync(ct);
        var evidence = await db.EvidenceOfTasksAsync([.. tasks.Select(t => t.Task.Id)], ct);
        return [.. tasks.Select(x => new TaskSummary(
            x.Task.Id, x.Number ?? "", x.Task.Work, x.Task.LeadUnit, x.Task.StartsOn, x.Task.EndsOn,
            PlanTaskStatuses.Effective(x.Task.Status, x.Task.EndsOn, today),
            evidence.GetValueOrDefault(x.Task.Id) ?? []))];
    }
}
