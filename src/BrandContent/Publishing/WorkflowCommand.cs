namespace BrandContent.Publishing;

public enum WorkflowCommand
{
    SubmitForReview,
    Approve,
    RequestChanges,
    Publish,
    Unpublish,

    /// <summary>A clarification's source published at once by an administrator or reviewer, skipping review (Clarifications/ClarificationFastTrack).</summary>
    FastTrackPublish,
}

/// <summary>
/// The state machine of a working variant, with what each step records in its history; anything not listed here is an
/// illegal transition.
/// </summary>
public static class WorkflowRules
{
    private static readonly Dictionary<WorkflowCommand, (WorkflowStatus[] From, WorkflowStatus To, RevisionAction Recorded)> Transitions = new()
    {
        [WorkflowCommand.SubmitForReview] = ([WorkflowStatus.Draft], WorkflowStatus.InReview, RevisionAction.SubmittedForReview),
        [WorkflowCommand.Approve] = ([WorkflowStatus.InReview], WorkflowStatus.Approved, RevisionAction.Approved),
        [WorkflowCommand.RequestChanges] = ([WorkflowStatus.InReview, WorkflowStatus.Approved], WorkflowStatus.Draft, RevisionAction.ChangesRequested),
        [WorkflowCommand.Publish] = ([WorkflowStatus.Approved], WorkflowStatus.Published, RevisionAction.Published),
        [WorkflowCommand.Unpublish] = ([WorkflowStatus.Published], WorkflowStatus.Approved, RevisionAction.Unpublished),
        [WorkflowCommand.FastTrackPublish] = ([WorkflowStatus.Draft, WorkflowStatus.InReview, WorkflowStatus.Approved], WorkflowStatus.Published, RevisionAction.FastTrackPublished),
    };

    public static bool Allows(WorkflowCommand command, WorkflowStatus from) => Transitions[command].From.Contains(from);

    public static WorkflowStatus Target(WorkflowCommand command) => Transitions[command].To;

    /// <summary>The history entry the step leaves.</summary>
    public static RevisionAction Recorded(WorkflowCommand command) => Transitions[command].Recorded;
}
