using BrandContent.Translation.Xliff;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public sealed class XliffScopeType : EnumerationGraphType<XliffScope>
{
    public XliffScopeType()
    {
        Name = "XliffScope";
        Description = "Which translations an XLIFF export carries: ALL, MISSING, OUTDATED (the source changed since), or MISSING_OR_OUTDATED.";
    }
}

public sealed class XliffDocumentType : ObjectGraphType<XliffDocument>
{
    public XliffDocumentType()
    {
        Name = "XliffDocument";
        Description = "An XLIFF 2.0 file for translation tools: a <file> per brand, a <group> per entity, a <unit> per field.";
        Field(d => d.FileName).Description("A name to save it under: brand.source-target.xlf.");
        Field(d => d.Content).Description("The XLIFF 2.0 document (UTF-8 XML). Send it back, with targets filled, to importXliff.");
        Field(d => d.UnitCount).Description("How many units (fields to translate) it holds.");
    }
}
