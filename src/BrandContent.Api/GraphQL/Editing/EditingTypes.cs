using BrandContent.Api.GraphQL.Input;
using BrandContent.Localization;
using BrandContent.Publishing;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Editing;

public sealed class ContentKindType : EnumerationGraphType<ContentKind>
{
    public ContentKindType()
    {
        Name = "ContentKind";
        Description = "A kind of localized content.";
    }
}

public sealed class WorkflowStatusType : EnumerationGraphType<WorkflowStatus>
{
    public WorkflowStatusType()
    {
        Name = "WorkflowStatus";
        Description = "DRAFT → IN_REVIEW → APPROVED → PUBLISHED, per variant.";
    }
}

public sealed class FieldValueType : ObjectGraphType<KeyValuePair<string, string?>>
{
    public FieldValueType()
    {
        Name = "FieldValue";
        Description = "A localized field by name. List fields (usageDo, seoKeywords…) hold one item per line.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Key);
        Field<StringGraphType>("value").Resolve(ctx => ctx.Source.Value);
    }
}

public sealed class FieldValueInputType : InputObjectGraphType<KeyValuePair<string, string?>>
{
    public FieldValueInputType()
    {
        Name = "FieldValueInput";
        Description = "A localized field to set; a null or blank value clears an optional field.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("value");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new KeyValuePair<string, string?>((string)value["name"]!, value.TryGetValue("value", out var v) ? v as string : null);
}

public sealed class EditableVariantType : ObjectGraphType<EditableVariant>
{
    public EditableVariantType()
    {
        Name = "EditableVariant";
        Description = "The working copy of a variant: what editors and translators change. Delivery never reads it.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind.Kind);
        Field<NonNullGraphType<UuidGraphType>>("entityId").Resolve(ctx => ctx.Source.Variant.OwnerId);
        Field<NonNullGraphType<StringGraphType>>("locale").Resolve(ctx => ctx.Source.Variant.Locale);
        Field<NonNullGraphType<WorkflowStatusType>>("status").Resolve(ctx => ctx.Source.Variant.Status);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Send it back as expectedRevision with the next change.").Resolve(ctx => ctx.Source.Variant.Revision);
        Field<NonNullGraphType<BooleanGraphType>>("isSource").Resolve(ctx => ctx.Source.IsSource);
        Field<IntGraphType>("sourceRevision").Description("For a translation: the source revision it was translated from.").Resolve(ctx => ctx.Source.Variant.SourceRevision);
        Field<IntGraphType>("currentSourceRevision").Resolve(ctx => ctx.Source.CurrentSourceRevision);
        Field<NonNullGraphType<BooleanGraphType>>("outdated").Description("The source changed after this translation was made.").Resolve(ctx => ctx.Source.Outdated);
        Field<DateTimeOffsetGraphType>("publishAt").Resolve(ctx => ctx.Source.Variant.PublishAt);
        Field<DateTimeOffsetGraphType>("unpublishAt").Resolve(ctx => ctx.Source.Variant.UnpublishAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(ctx => ctx.Source.Variant.UpdatedAt);
        Field<StringGraphType>("updatedBy").Resolve(ctx => ctx.Source.Variant.UpdatedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("fields").Resolve(ctx => ctx.Source.Kind.Snapshot(ctx.Source.Variant).ToList());
    }
}

public sealed class VariantRevisionType : ObjectGraphType<VariantRevision>
{
    public VariantRevisionType()
    {
        Name = "VariantRevision";
        Description = "One entry of a variant's history.";
        Field(r => r.Revision);
        Field<NonNullGraphType<StringGraphType>>("action").Description("CREATED, UPDATED, RESTORED, SUBMITTED_FOR_REVIEW, APPROVED, CHANGES_REQUESTED, PUBLISHED, PUBLISH_SCHEDULED, UNPUBLISHED, CONFIRMED_CURRENT, FAST_TRACK_PUBLISHED (a clarification published at once, skipping review).")
            .Resolve(ctx => string.Concat(ctx.Source.Action.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant());
        Field<NonNullGraphType<WorkflowStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(r => r.Actor);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields").Resolve(ctx => ctx.Source.ChangedFields);
        Field<StringGraphType>("comment").Resolve(ctx => ctx.Source.Comment);
        Field<ListGraphType<NonNullGraphType<FieldValueType>>>("fields").Description("The text after this revision; null for workflow steps.")
            .Resolve(ctx => ctx.Source.Snapshot is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string?>>(ctx.Source.Snapshot)!.ToList());
    }
}
