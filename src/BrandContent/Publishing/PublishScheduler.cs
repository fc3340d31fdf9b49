using BrandContent.Auditing;
using BrandContent.Changes;
using BrandContent.Editing;
using BrandContent.Storage;
using BrandContent.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Publishing;

/// <summary>
/// Carries out the publishes and unpublishes that are due. Due rows are claimed with FOR UPDATE SKIP LOCKED inside
/// one transaction, so several server processes polling the same database never carry out a change twice.
/// </summary>
public sealed class PublishScheduler(BrandContentDb db, VariantWorkflow workflow, TimeProvider clock, SchedulerMetrics metrics, ChangeListener changes)
{
    public const string Actor = "scheduler";
    private const int BatchSize = 50;

    /// <summary>Runs what is due now; returns how many changes were carried out.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.ScheduledChanges
            .FromSql($"""
                SELECT * FROM "ScheduledChanges"
                WHERE "DoneAt" IS NULL AND "DueAt" <= {now}
                ORDER BY "DueAt" LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .AsTracking()
            .ToListAsync(cancellationToken);
        var done = 0;
        foreach (var change in due)
        {
            change.Outcome = await CarryOutAsync(change, now, cancellationToken);
            change.DoneAt = now;
            done += change.Outcome == "DONE" ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await changes.ApplyCommittedAsync(db, cancellationToken);
        metrics.Ran(done);
        return done;
    }

    private async Task<string> CarryOutAsync(ScheduledChange change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var kind = LocalizedKinds.Of(change.Kind);
        var variant = await kind.LockAsync(db, change.EntityId, change.Locale, live: false, cancellationToken);
        var edit = new EditContext(Actor, change.Action == ScheduledAction.Publish ? "scheduledPublish" : "scheduledUnpublish");
        switch (change.Action)
        {
            case ScheduledAction.Publish when variant is { Status: WorkflowStatus.Approved } && variant.Revision == change.Revision:
                var end = await db.ScheduledChanges
                    .Where(c => c.DoneAt == null && c.Action == ScheduledAction.Unpublish && c.Kind == change.Kind
                        && c.EntityId == change.EntityId && c.Locale == change.Locale && c.DueAt > now)
                    .Select(c => (DateTimeOffset?)c.DueAt)
                    .MinAsync(cancellationToken);
                await workflow.ApplyNowAsync(kind, variant, new WorkflowStep(WorkflowCommand.Publish, PublishAt: change.DueAt, UnpublishAt: end), edit, now, cancellationToken, scheduleEnd: false);
                break;
            case ScheduledAction.Unpublish when variant is { Status: WorkflowStatus.Published }:
                await workflow.ApplyNowAsync(kind, variant, new WorkflowStep(WorkflowCommand.Unpublish), edit, now, cancellationToken);
                break;
            default:
                // Edited, unpublished or withdrawn since it was scheduled: the schedule no longer applies.
                return "SKIPPED_STALE";
        }

        VariantEditor.Touch(variant, edit, now);
        db.Record(edit, now, change.Kind.ToString(), change.EntityId, change.Locale, null, new { status = variant.Status, change.DueAt });
        return "DONE";
    }
}
