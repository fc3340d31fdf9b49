using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Auditing;
using BrandContent.Editing;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Editing;

public static class VariantMutations
{
    public static void AddVariantMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EditableVariantType>>("upsertVariant")
            .Description("Creates or changes the working copy of one variant. Only the fields given change. A new variant needs no "
                + "expectedRevision (or 0); an existing one needs the revision you read. The change returns the variant to DRAFT.")
            .WithVariantTarget()
            .WithExpectedRevision()
            .Argument<IntGraphType>("sourceRevision", "For a translation: the source revision it was made from; the current one when absent.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueInputType>>>>("fields")
            .Resolve()
            .WithService<VariantEditor>()
            .ResolveAsync(async (ctx, editor) =>
            {
                var values = ctx.GetArgument<List<KeyValuePair<string, string?>>>("fields").ToDictionary(p => p.Key, p => p.Value);
                var variant = await editor.UpsertAsync(
                    ctx.Kind(), ctx.EntityId(), ctx.GetArgument<string>("locale"), ctx.GetArgument<int?>("expectedRevision"), values,
                    ctx.GetArgument<int?>("sourceRevision"), ctx.Edit("upsertVariant"), ctx.CancellationToken);
                return await EditableVariant.LoadAsync(ctx.Delivery().Db, ctx.Kind(), variant, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<EditableVariantType>>("restoreRevision")
            .Description("Writes the text of an earlier revision again, as a new revision (in DRAFT).")
            .WithVariantTarget()
            .Argument<NonNullGraphType<IntGraphType>>("revision")
            .Argument<NonNullGraphType<IntGraphType>>("expectedRevision")
            .Resolve()
            .WithService<VariantEditor>()
            .ResolveAsync(async (ctx, editor) =>
            {
                var variant = await editor.RestoreAsync(
                    ctx.Kind(), ctx.EntityId(), ctx.Locale(), ctx.GetArgument<int>("revision"), ctx.GetArgument<int>("expectedRevision"),
                    ctx.Edit("restoreRevision"), ctx.CancellationToken);
                return await EditableVariant.LoadAsync(ctx.Delivery().Db, ctx.Kind(), variant, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<EditableVariantType>>("confirmTranslation")
            .Description("Marks a translation as still correct for the current source revision: it is no longer outdated.")
            .WithVariantTarget()
            .WithExpectedRevision()
            .Resolve()
            .WithService<VariantEditor>()
            .ResolveAsync(async (ctx, editor) =>
            {
                var variant = await editor.ConfirmCurrentAsync(
                    ctx.Kind(), ctx.EntityId(), ctx.Locale(), ctx.GetArgument<int?>("expectedRevision"), ctx.Edit("confirmTranslation"), ctx.CancellationToken);
                return await EditableVariant.LoadAsync(ctx.Delivery().Db, ctx.Kind(), variant, ctx.CancellationToken);
            });
    }

    /// <summary>Who makes this change and through which operation, for history and audit: the name of the caller's key.</summary>
    public static EditContext Edit(this IResolveFieldContext context, string operation) => new(context.Caller().Name, operation);
}
