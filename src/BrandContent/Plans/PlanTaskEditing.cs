using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Plans;

/// <summary>Creates and changes a plan's tasks, their progress notes and evidence: checked, versioned and audited.</summary>
public static class PlanTaskEditing
{
    public const string AuditKind = "PlanTask";

    public static async Task<PlanTask> CreateTaskAsync(this BrandContentDb db, Guid planId, PlanTaskInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        var brandId = await db.PlanBrandAsync(planId, ct) ?? throw new BrandContentException(ErrorCode.NotFound, PlanEditing.AuditKind, planId);
        ValidationFailedException.ThrowIfAny(await PlanTaskRules.ValidateAsync(db, brandId, input, ct));
        var last = await db.PlanTasks.Where(t => t.PlanId == planId).MaxAsync(t => (int?)t.Position, ct) ?? 0;
        var task = new PlanTask { PlanId = planId, BrandId = brandId, Position = last + 1, CreatedAt = now };
        PlanTaskRules.Apply(task, input);
        db.PlanTasks.Add(task);
        Link(db, task.Id, input.Evidence ?? [], now);
        db.Record(edit, now, AuditKind, task.Id, null, null, PlanTaskRules.Summary(task));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return task;
    }

    public static async Task<PlanTask> UpdateTaskAsync(this BrandContentDb db, Guid id, uint? expectedVersion, PlanTaskInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        var task = await LoadAsync(db, id, ct);
        PlanConcurrency.Check(expectedVersion, task.Version);
        ValidationFailedException.ThrowIfAny(await PlanTaskRules.ValidateAsync(db, task.BrandId, input, ct));
        var before = PlanTaskRules.Summary(task);
        PlanTaskRules.Apply(task, input);
        if (input.Evidence is { } evidence)
        {
            await db.PlanTaskEvidence.Where(e => e.TaskId == id).ExecuteDeleteAsync(ct);
            Link(db, id, evidence, now);
        }

        db.Record(edit, now, AuditKind, task.Id, null, before, PlanTaskRules.Summary(task));
        await PlanConcurrency.SaveAsync(db, expectedVersion, ct);
        await transaction.CommitAsync(ct);
        return task;
    }

    public static async Task<PlanTaskProgress> AddTaskProgressAsync(this BrandContentDb db, Guid taskId, PlanTaskProgressInput input, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        var task = await LoadAsync(db, taskId, ct);
        var problems = new List<FieldProblem>();
        PlanText.Check(problems, "by", input.By, PlanTaskProgress.ByMaxLength);
        PlanText.Check(problems, "note", input.Note, PlanTaskProgress.NoteMaxLength);
        // A note may be written for a day already past, never for one to come.
        var today = PlanCalendar.Today(now);
        if (input.On is { } on && (!PlanYears.Contains(on) || on > today))
        {
            problems.Add(new FieldProblem("on", ValidationRule.Range, $"{PlanYears.First}-01-01", today, on));
        }

        ValidationFailedException.ThrowIfAny(problems);
        var progress = new PlanTaskProgress
        {
            TaskId = task.Id,
            On = input.On ?? today,
            By = input.By!.Trim(),
            Note = input.Note!.Trim(),
            RecordedBy = edit.Actor,
            RecordedAt = now,
        };
        db.PlanTaskProgress.Add(progress);
        db.Record(edit, now, AuditKind, task.Id, null, null, new { progress = new { progress.On, progress.By, progress.Note } });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return progress;
    }

    /// <summary>Adds (or, with <paramref name="linked"/> false, removes) evidence; linking what is linked already changes nothing.</summary>
    public static async Task<PlanTask> LinkTaskEvidenceAsync(
        this BrandContentDb db, Guid taskId, IReadOnlyList<EvidenceLink> evidence, bool linked, EditContext edit, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.BeginOrJoinTransactionAsync(ct);
        var task = await LoadAsync(db, taskId, ct);
        var current = await db.PlanTaskEvidence.Where(e => e.TaskId == taskId).Select(e => new EvidenceLink(e.Kind, e.ContentId)).ToListAsync(ct);
        if (linked)
        {
            // Only what is added is checked: evidence linked earlier stays even if its content was archived since.
            var added = evidence.Distinct().Except(current).ToList();
            var problems = new List<FieldProblem>();
            await PlanTaskRules.EvidenceAsync(db, task.BrandId, "evidence", added, problems, ct);
            problems.InRange("evidence", current.Count + added.Count, 0, PlanTaskEvidence.MaxPerTask);
            ValidationFailedException.ThrowIfAny(problems.Distinct());
            Link(db, taskId, added, now);
        }
        else
        {
            foreach (var link in evidence.Distinct().Intersect(current))
            {
                await db.PlanTaskEvidence.Where(e => e.TaskId == taskId && e.Kind == link.Kind && e.ContentId == link.Id).ExecuteDeleteAsync(ct);
            }
        }

        db.Record(edit, now, AuditKind, taskId, null, null, new { evidence = evidence.Distinct(), linked });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return task;
    }

    /// <summary>The brand of a task, for access checks before a change; null when there is no such task.</summary>
    public static Task<Guid?> TaskBrandAsync(this BrandContentDb db, Guid id, CancellationToken ct) =>
        db.PlanTasks.Where(t => t.Id == id).Select(t => (Guid?)t.BrandId).FirstOrDefaultAsync(ct);

    private static async Task<PlanTask> LoadAsync(BrandContentDb db, Guid id, CancellationToken ct) =>
        await db.PlanTasks.AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new BrandContentException(ErrorCode.NotFound, AuditKind, id);

    private static void Link(BrandContentDb db, Guid taskId, IEnumerable<EvidenceLink> evidence, DateTimeOffset now) =>
        db.PlanTaskEvidence.AddRange(evidence.Distinct().Select(e => new PlanTaskEvidence { TaskId = taskId, Kind = e.Kind, ContentId = e.Id, LinkedAt = now }));
}
