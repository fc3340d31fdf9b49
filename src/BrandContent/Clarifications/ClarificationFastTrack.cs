using BrandContent.Auditing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;

namespace BrandContent.Clarifications;

/// <summary>
/// The fast track: a clarification's source variant published at once, from draft, review or approved, by an
/// administrator or reviewer (the API's access rule). The workflow records it as <see cref="RevisionAction.FastTrackPublished"/>
/// with who and when; publishing then queues the translations (<see cref="ClarificationPublication"/>).
/// </summary>
public sealed class ClarificationFastTrack(BrandContentDb db, VariantWorkflow workflow)
{
    public async Task<Variant> PublishNowAsync(Guid clarificationId, int? expectedRevision, EditContext edit, CancellationToken cancellationToken)
    {
        var kind = ClarificationDescriptor.Instance;
        var owner = await kind.FindOwnerAsync(db, clarificationId, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, ContentKind.Clarification, clarificationId);
        return await workflow.ApplyAsync(kind, clarificationId, owner.SourceLocale, new WorkflowStep(WorkflowCommand.FastTrackPublish, expectedRevision), edit, cancellationToken);
    }
}
