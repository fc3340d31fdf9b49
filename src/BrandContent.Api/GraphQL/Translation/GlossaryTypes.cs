using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Keywords;
using BrandContent.Keywords;
using BrandContent.Translation;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public sealed record SubmitResult(EditableVariant Variant, IReadOnlyList<GlossaryWarning> GlossaryWarnings, IReadOnlyList<KeywordWarning> KeywordWarnings);

public sealed class SubmitResultType : ObjectGraphType<SubmitResult>
{
    public SubmitResultType()
    {
        Name = "SubmitResult";
        Field<NonNullGraphType<EditableVariantType>>("variant").Resolve(ctx => ctx.Source.Variant);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GlossaryWarningType>>>>("glossaryWarnings").Resolve(ctx => ctx.Source.GlossaryWarnings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeywordWarningType>>>>("keywordWarnings")
            .Description("A story's SEO keywords that use none of its brand's keyword sets published in its locale.")
            .Resolve(ctx => ctx.Source.KeywordWarnings);
    }
}

public sealed class GlossaryWarningType : ObjectGraphType<GlossaryWarning>
{
    public GlossaryWarningType()
    {
        Name = "GlossaryWarning";
        Description = "A glossary rule the translation breaks in one field.";
        Field(w => w.Field);
        Field(w => w.Term).Description("The term as written in the source.");
        Field(w => w.Rule).Description("APPROVED_TRANSLATION_MISSING or DO_NOT_TRANSLATE_ALTERED.");
        Field(w => w.Expected, nullable: true).Description("What the translation should contain.");
    }
}

public sealed class GlossaryTermType : ObjectGraphType<GlossaryTerm>
{
    public GlossaryTermType()
    {
        Name = "GlossaryTerm";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(t => t.Term);
        Field(t => t.DoNotTranslate);
        Field(t => t.Note, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("translations")
            .Description("Approved translation per locale (name = locale tag).")
            .Resolve(ctx => ctx.Source.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new KeyValuePair<string, string?>(t.Key, t.Value)).ToList());
    }
}

public sealed class TermTranslationInputType : InputObjectGraphType<KeyValuePair<string, string>>
{
    public TermTranslationInputType()
    {
        Name = "TermTranslationInput";
        Field<NonNullGraphType<StringGraphType>>("locale");
        Field<NonNullGraphType<StringGraphType>>("text");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new KeyValuePair<string, string>((string)value["locale"]!, (string)value["text"]!);
}
