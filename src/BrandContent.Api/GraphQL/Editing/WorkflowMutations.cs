using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Translation;
using BrandContent.Keywords;
using BrandContent.Publishing;
using BrandContent.Translation;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Editing;

public static class WorkflowMutations
{
    public static void AddWorkflowMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitResultType>>("submitForReview")
            .Description("DRAFT → IN_REVIEW. Returns glossary warnings: approved term translations missing, do-not-translate terms altered; "
                + "and keyword warnings: a story's SEO keywords using none of its brand's keyword sets for the locale.")
            .WithVariantTarget()
            .WithExpectedRevision()
            .Resolve()
            .WithService<VariantWorkflow>()
            .ResolveAsync(async (ctx, workflow) =>
            {
                var variant = await ApplyAsync(ctx, workflow, new WorkflowStep(WorkflowCommand.SubmitForReview, ctx.GetArgument<int?>("expectedRevision")), "submitForReview");
                var delivery = ctx.Delivery();
                var warnings = await delivery.Db.GlossaryWarningsAsync(variant.Kind, variant.Variant, ctx.CancellationToken);
                var keywordWarnings = await delivery.Db.KeywordWarningsAsync(variant.Variant, delivery.Now, ctx.CancellationToken);
                return new SubmitResult(variant, warnings, keywordWarnings);
            });
        Step(mutation, "approve", "IN_REVIEW → APPROVED.", WorkflowCommand.Approve);
        mutation.Field<NonNullGraphType<EditableVariantType>>("requestChanges")
            .Description("IN_REVIEW or APPROVED → DRAFT, with the reviewer's comment (kept in the history).")
            .WithVariantTarget()
            .WithExpectedRevision()
            .Argument<NonNullGraphType<StringGraphType>>("comment")
            .Resolve()
            .WithService<VariantWorkflow>()
            .ResolveAsync(async (ctx, workflow) => await ApplyAsync(ctx, workflow, new WorkflowStep(
                WorkflowCommand.RequestChanges, ctx.GetArgument<int?>("expectedRevision"), ctx.GetArgument<string>("comment")), "requestChanges"));
        mutation.Field<NonNullGraphType<EditableVariantType>>("publish")
            .Description("APPROVED → PUBLISHED: the working copy becomes the live copy delivery serves. With a future publishAt it is "
                + "scheduled instead; unpublishAt takes it down on time.")
            .WithVariantTarget()
            .WithExpectedRevision()
            .Argument<DateTimeOffsetGraphType>("publishAt")
            .Argument<DateTimeOffsetGraphType>("unpublishAt")
            .Resolve()
            .WithService<VariantWorkflow>()
            .ResolveAsync(async (ctx, workflow) => await ApplyAsync(ctx, workflow, new WorkflowStep(
                WorkflowCommand.Publish, ctx.GetArgument<int?>("expectedRevision"), null,
                ctx.GetArgument<DateTimeOffset?>("publishAt"), ctx.GetArgument<DateTimeOffset?>("unpublishAt")), "publish"));
        Step(mutation, "unpublish", "PUBLISHED → APPROVED: delivery stops serving it at once.", WorkflowCommand.Unpublish);
    }

    private static void Step(ObjectGraphType mutation, string name, string description, WorkflowCommand command) =>
        mutation.Field<NonNullGraphType<EditableVariantType>>(name)
            .Description(description)
            .WithVariantTarget()
            .WithExpectedRevision()
            .Resolve()
            .WithService<VariantWorkflow>()
            .ResolveAsync(async (ctx, workflow) => await ApplyAsync(ctx, workflow, new WorkflowStep(command, ctx.GetArgument<int?>("expectedRevision")), name));

    private static async Task<EditableVariant> ApplyAsync(IResolveFieldContext ctx, VariantWorkflow workflow, WorkflowStep step, string operation)
    {
        var variant = await workflow
            .ApplyAsync(ctx.Kind(), ctx.EntityId(), ctx.GetArgument<string>("locale"), step, ctx.Edit(operation), ctx.CancellationToken);
        return await EditableVariant.LoadAsync(ctx.Delivery().Db, ctx.Kind(), variant, ctx.CancellationToken);
    }
}
