namespace BrandContent.Publishing;

public enum WorkflowCommand
{
    SubmitForReview,
    Approve,
    RequestChanges,
    Publish,
    Unpublish,
}

/// <summary>The state machine of a working variant; anything not listed here is an illegal transition.</summary>
public static class WorkflowRules
{
    private static readonly Dictionary<WorkflowCommand, (WorkflowStatus[] From, WorkflowStatus To)> Transitions = new()
    {
        [WorkflowCommand.SubmitForReview] = ([WorkflowStatus.Draft], WorkflowStatus.InReview),
        [WorkflowCommand.Approve] = ([WorkflowStatus.InReview], WorkflowStatus.Approved),
        [WorkflowCommand.RequestChanges] = ([WorkflowStatus.InReview, WorkflowStatus.Approved], WorkflowStatus.Draft),
        [WorkflowCommand.Publish] = ([WorkflowStatus.Approved], WorkflowStatus.Published),
        [WorkflowCommand.Unpublish] = ([WorkflowStatus.Published], WorkflowStatus.Approved),
    };

    public static bool Allows(WorkflowCommand command, WorkflowStatus from) => Transitions[command].From.Contains(from);

    public static WorkflowStatus Target(WorkflowCommand command) => Transitions[command].To;
}
