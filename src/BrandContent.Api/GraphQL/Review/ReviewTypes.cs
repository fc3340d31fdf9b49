using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Review;

public sealed class ReviewItemType : ObjectGraphType<ReviewItem>
{
    public ReviewItemType()
    {
        Name = "ReviewItem";
        Description = "A working variant waiting for a reviewer: IN_REVIEW (to approve or send back) or APPROVED (to publish).";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind.Kind);
        Field<NonNullGraphType<UuidGraphType>>("entityId").Resolve(ctx => ctx.Source.Variant.OwnerId);
        Field<NonNullGraphType<StringGraphType>>("brand").Description("The entity's brand slug.").Resolve(ctx => ctx.Source.BrandSlug);
        Field<NonNullGraphType<StringGraphType>>("locale").Resolve(ctx => ctx.Source.Variant.Locale);
        Field<NonNullGraphType<WorkflowStatusType>>("status").Resolve(ctx => ctx.Source.Variant.Status);
        Field<NonNullGraphType<IntGraphType>>("revision").Resolve(ctx => ctx.Source.Variant.Revision);
        Field<NonNullGraphType<BooleanGraphType>>("isSource").Resolve(ctx => ctx.Source.Variant.SourceRevision is null);
        Field<StringGraphType>("label").Description("Title, name or headline in the variant's locale.")
            .Resolve(ctx => ctx.Source.Kind.Get(ctx.Source.Variant, ctx.Source.Kind.LabelField.Name));
        Field<StringGraphType>("submittedBy").Description("Who took it to this state (the key's name).").Resolve(ctx => ctx.Source.Variant.UpdatedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Description("When it reached this state.").Resolve(ctx => ctx.Source.Variant.UpdatedAt);
    }
}

public sealed class LiveVariantType : ObjectGraphType<LiveVariant>
{
    public LiveVariantType()
    {
        Name = "LiveVariant";
        Description = "The live copy of a variant: what delivery serves inside publishAt / unpublishAt. Compare it with the working copy (variants).";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind.Kind);
        Field<NonNullGraphType<UuidGraphType>>("entityId").Resolve(ctx => ctx.Source.Variant.OwnerId);
        Field<NonNullGraphType<StringGraphType>>("locale").Resolve(ctx => ctx.Source.Variant.Locale);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The working copy's revision it was published from.").Resolve(ctx => ctx.Source.Variant.Revision);
        Field<DateTimeOffsetGraphType>("publishAt").Resolve(ctx => ctx.Source.Variant.PublishAt);
        Field<DateTimeOffsetGraphType>("unpublishAt").Resolve(ctx => ctx.Source.Variant.UnpublishAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("fields").Resolve(ctx => ctx.Source.Kind.Snapshot(ctx.Source.Variant).ToList());
    }
}
