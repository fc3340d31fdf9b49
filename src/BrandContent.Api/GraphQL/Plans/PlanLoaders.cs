using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Plans;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Plans;

/// <summary>A plan's brand as its fields need it: the slug, and the source locale its title falls back to.</summary>
public sealed record PlanBrand(string Slug, string SourceLocale);

/// <summary>Batch loaders of the plans' lists: one statement per level of a query, whatever the number of plans or tasks.</summary>
public static class PlanLoaders
{
    public static IDataLoaderResult<Plan?>? LoadPlan(this IResolveFieldContext context, Guid? planId)
    {
        if (planId is not { } id)
        {
            return null;
        }

        var delivery = context.Delivery();
        return delivery.Load<Guid, Plan>("plans", id, (ids, ct) => delivery.Db.Plans.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct));
    }

    public static IDataLoaderResult<PlanBrand> LoadPlanBrand(this IResolveFieldContext context, Guid brandId)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, PlanBrand>("plan-brands", brandId, (ids, ct) => delivery.Db.Brands.Where(b => ids.Contains(b.Id))
                .ToDictionaryAsync(b => b.Id, b => new PlanBrand(b.Slug, b.SourceLocale), ct))
            .Then(brand => brand!);
    }

    public static IDataLoaderResult<IReadOnlyList<PlanTask>> LoadPlanTasks(this IResolveFieldContext context, Guid planId)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<PlanTask>>("plan-tasks", planId, async (ids, ct) =>
                (await delivery.Db.PlanTasks.Where(t => ids.Contains(t.PlanId)).OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(ct))
                    .ToLookup(t => t.PlanId).ToListDictionary())
            .Then(tasks => tasks ?? []);
    }

    public static IDataLoaderResult<IReadOnlyList<ReportingDuty>> LoadReportingDuties(this IResolveFieldContext context, Guid planId)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<ReportingDuty>>("plan-duties", planId, async (ids, ct) =>
                (await delivery.Db.ReportingDuties.Where(d => ids.Contains(d.PlanId)).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToListAsync(ct))
                    .ToLookup(d => d.PlanId).ToListDictionary())
            .Then(duties => duties ?? []);
    }

    public static IDataLoaderResult<IReadOnlyList<PlanTaskProgress>> LoadTaskProgress(this IResolveFieldContext context, Guid taskId)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<PlanTaskProgress>>("task-progress", taskId, async (ids, ct) =>
                (await delivery.Db.PlanTaskProgress.Where(p => ids.Contains(p.TaskId)).OrderBy(p => p.On).ThenBy(p => p.RecordedAt).ThenBy(p => p.Id).ToListAsync(ct))
                    .ToLookup(p => p.TaskId).ToListDictionary())
            .Then(notes => notes ?? []);
    }

    public static IDataLoaderResult<IReadOnlyList<TaskEvidence>> LoadTaskEvidence(this IResolveFieldContext context, Guid taskId)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<TaskEvidence>>("task-evidence", taskId, async (ids, ct) =>
                (await delivery.Db.EvidenceOfTasksAsync(ids, ct)).ToDictionary(e => e.Key, e => (IReadOnlyList<TaskEvidence>)e.Value))
            .Then(evidence => evidence ?? []);
    }

    /// <summary>The status a reader sees: OVERDUE once the end date has passed in Việt Nam, judged at the request's instant.</summary>
    public static PlanTaskStatus EffectiveStatus(this IResolveFieldContext context, PlanTask task) =>
        PlanTaskStatuses.Effective(task.Status, task.EndsOn, PlanCalendar.Today(context.Delivery().Now));
}
