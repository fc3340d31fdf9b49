using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Clarifications;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Clarifications;

public static class ClarificationMutations
{
    public static void AddClarificationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EditableVariantType>>("publishClarificationNow")
            .Description("The fast track (administrators and reviewers): publishes the clarification in its source locale at once, from DRAFT, IN_REVIEW or "
                + "APPROVED, skipping review; the history records FAST_TRACK_PUBLISHED with who and when. The translations into the concerned markets' "
                + "chains go to the top of every translator's queue, due by severity.")
            .Argument<NonNullGraphType<UuidGraphType>>("id", "The clarification.")
            .WithExpectedRevision()
            .Resolve()
            .WithService<ClarificationFastTrack>()
            .ResolveAsync(async (ctx, fastTrack) =>
            {
                var variant = await fastTrack.PublishNowAsync(
                    ctx.GetArgument<Guid>("id"), ctx.GetArgument<int?>("expectedRevision"), ctx.Edit("publishClarificationNow"), ctx.CancellationToken);
                return await EditableVariant.LoadAsync(ctx.Delivery().Db, ClarificationDescriptor.Instance, variant, ctx.CancellationToken);
            });
    }
}
