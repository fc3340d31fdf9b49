using BrandContent.Auditing;
using BrandContent.Changes;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Partners;
using BrandContent.Storage;
using BrandContent.Sync;
using BrandContent.Webhooks;

namespace BrandContent.Publishing;

/// <summary>What a workflow step asks for: the step, the revision the caller saw, and its extras.</summary>
public sealed record WorkflowStep(
    WorkflowCommand Command, int? ExpectedRevision = null, string? Comment = null, DateTimeOffset? PublishAt = null, DateTimeOffset? UnpublishAt = null)
{
    /// <summary>A reviewer's comment is a note for the translator, not a document; the history keeps it.</summary>
    public const int MaxCommentLength = 2000;
}

/// <summary>
/// Moves a working variant through review and publishing. Publishing copies the working row to the live row that
/// delivery reads; a publish or unpublish in the future becomes a <see cref="ScheduledChange"/>.
/// </summary>
public sealed class VariantWorkflow(BrandContentDb db, VariantEditor editor, TimeProvider clock, IEnumerable<IPublishedVariantHandler> published)
{
    public async Task<Variant> ApplyAsync(LocalizedKind kind, Guid entityId, string locale, WorkflowStep step, EditContext edit, CancellationToken cancellationToken)
    {
        locale = LocaleTag.Normalize(locale);
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var owner = await editor.RequireOwnerAsync(kind, entityId, cancellationToken);
        var variant = await kind.LockAsync(db, entityId, locale, live: false, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.VariantNotFound, kind.Kind, entityId, locale);
        if (step.Command is WorkflowCommand.SubmitForReview or WorkflowCommand.Publish or WorkflowCommand.FastTrackPublish && WorkflowRules.Allows(step.Command, variant.Status))
        {
            // What the kind's rules read may have changed since the variant was saved (a channel's rules, the channels a
            // post targets): a variant goes to review and out only if it still passes them. An XLIFF import submits
            // what it has just checked, so it goes straight to ApplyToLockedAsync.
            ValidationFailedException.ThrowIfAny((await kind.ValidateAsync(db, [(variant, owner)], cancellationToken)).Select(p => p.Problem));
        }

        await ApplyToLockedAsync(kind, variant, step, edit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return variant;
    }

    /// <summary>
    /// A step on a working row the caller has locked in its transaction (an XLIFF import submitting what it wrote):
    /// checked and added to the unit of work, not saved.
    /// </summary>
    internal async Task ApplyToLockedAsync(LocalizedKind kind, Variant variant, WorkflowStep step, EditContext edit, CancellationToken cancellationToken)
    {
        VariantEditor.CheckRevision(variant, step.ExpectedRevision);
        if (!WorkflowRules.Allows(step.Command, variant.Status))
        {
            throw new BrandContentException(ErrorCode.InvalidTransition, step.Command, variant.Status);
        }

        var now = clock.GetUtcNow();
        Validate(step, now);
        var before = variant.Status;
        if (step.Command == WorkflowCommand.Publish && step.PublishAt > now)
        {
            Schedule(kind, variant, ScheduledAction.Publish, step.PublishAt.Value, edit);
            if (step.UnpublishAt is { } end)
            {
                Schedule(kind, variant, ScheduledAction.Unpublish, end, edit);
            }

            db.History(kind, variant, RevisionAction.PublishScheduled, edit, now, comment: step.PublishAt.Value.ToString("O"));
        }
        else
        {
            await ApplyNowAsync(kind, variant, step, edit, now, cancellationToken);
        }

        VariantEditor.Touch(variant, edit, now);
        db.Record(edit, now, kind.Kind.ToString(), variant.OwnerId, variant.Locale, new { status = before }, new { status = variant.Status, step.Comment, step.PublishAt, step.UnpublishAt });
    }

    /// <summary>Carries out a step on a locked working row; used for immediate steps and by the scheduler.</summary>
    internal async Task ApplyNowAsync(
        LocalizedKind kind, Variant variant, WorkflowStep step, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken, bool scheduleEnd = true)
    {
        variant.Status = WorkflowRules.Target(step.Command);
        switch (step.Command)
        {
            case WorkflowCommand.Publish or WorkflowCommand.FastTrackPublish:
                variant.PublishAt = step.PublishAt ?? now;
                variant.UnpublishAt = step.UnpublishAt;
                await kind.DeleteLiveAsync(db, variant.OwnerId, variant.Locale, cancellationToken);
                db.Add(variant.ToLive<Variant>());
                if (scheduleEnd && step.UnpublishAt is { } end)
                {
                    // Delivery hides the live row at unpublishAt by itself; the schedule moves the workflow state.
                    Schedule(kind, variant, ScheduledAction.Unpublish, end, edit);
                }

                break;
            case WorkflowCommand.Unpublish:
                await kind.DeleteLiveAsync(db, variant.OwnerId, variant.Locale, cancellationToken);
                variant.UnpublishAt = null;
                break;
        }

        var publishes = step.Command is WorkflowCommand.Publish or WorkflowCommand.FastTrackPublish;
        if ((publishes || step.Command == WorkflowCommand.Unpublish)
            && await kind.FindOwnerAsync(db, variant.OwnerId, cancellationToken) is { } owner)
        {
            // What delivery serves changed: every server drops what it kept of this brand, at commit.
            await db.AnnounceBrandChangeAsync(owner.BrandId, cancellationToken);
            await db.RecordContentChangeAsync(kind.Kind, variant.OwnerId, owner.BrandId, cancellationToken);
            var type = publishes ? WebhookEventTypes.ContentPublished : WebhookEventTypes.ContentUnpublished;
            await db.EnqueueVariantEventAsync(type, kind.Kind, variant, owner, cancellationToken);
            if (kind.Kind == ContentKind.KeyMessage)
            {
                await db.EnqueueMessagingChangedAsync(owner.EntityId, [variant.Locale], cancellationToken);
            }

            foreach (var handler in publishes ? published : [])
            {
                await handler.OnPublishedAsync(kind, variant, owner, now, cancellationToken);
            }
        }

        db.History(kind, variant, WorkflowRules.Recorded(step.Command), edit, now, comment: step.Comment);
    }

    private void Schedule(LocalizedKind kind, Variant variant, ScheduledAction action, DateTimeOffset dueAt, EditContext edit) =>
        db.ScheduledChanges.Add(new ScheduledChange
        {
            Kind = kind.Kind,
            EntityId = variant.OwnerId,
            Locale = variant.Locale,
            Action = action,
            DueAt = dueAt,
            Revision = variant.Revision,
            RequestedBy = edit.Actor,
        });

    private static void Validate(WorkflowStep step, DateTimeOffset now)
    {
        var problems = new List<FieldProblem>();
        if (step.Command == WorkflowCommand.RequestChanges && string.IsNullOrWhiteSpace(step.Comment))
        {
            problems.Add(new FieldProblem("comment", ValidationRule.Required));
        }

        if (step.Comment?.Length > WorkflowStep.MaxCommentLength)
        {
            problems.Add(new FieldProblem("comment", ValidationRule.MaxLength, WorkflowStep.MaxCommentLength, step.Comment.Length));
        }

        if (step.UnpublishAt is { } end && end <= (step.PublishAt ?? now))
        {
            problems.Add(new FieldProblem("unpublishAt", ValidationRule.DateOrder, end, step.PublishAt ?? now));
        }

        ValidationFailedException.ThrowIfAny(problems);
    }
}
