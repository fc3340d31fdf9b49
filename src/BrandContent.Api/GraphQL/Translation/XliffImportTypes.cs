using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Translation.Xliff;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public sealed class XliffImportedVariantType : ObjectGraphType<XliffImportedVariant>
{
    public XliffImportedVariantType()
    {
        Name = "XliffImportedVariant";
        Description = "A translation an XLIFF import changed.";
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<UuidGraphType>>("entityId").Resolve(ctx => ctx.Source.EntityId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields")
            .Description("The fields whose text changed.").Resolve(ctx => ctx.Source.Fields);
        Field(v => v.Revision).Description("The translation's revision after the import.");
        Field<NonNullGraphType<WorkflowStatusType>>("status").Description("DRAFT, or IN_REVIEW when submitted for review.").Resolve(ctx => ctx.Source.Status);
    }
}

public sealed class XliffImportReportType : ObjectGraphType<XliffImportReport>
{
    public XliffImportReportType()
    {
        Name = "XliffImportReport";
        Description = "What an XLIFF import wrote.";
        Field(r => r.Locale).Description("The target locale (the file's trgLang).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<XliffImportedVariantType>>>>("changed")
            .Description("Each translation that changed, one per entity.").Resolve(ctx => ctx.Source.Changed);
        Field(r => r.UnchangedUnits).Description("Units whose target equals the current translation.");
        Field(r => r.UnitsWithoutTarget).Description("Units with no (or an empty) target: ignored.");
    }
}
