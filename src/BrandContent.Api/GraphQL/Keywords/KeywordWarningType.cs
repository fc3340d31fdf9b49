using BrandContent.Keywords;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Keywords;

public sealed class KeywordWarningType : ObjectGraphType<KeywordWarning>
{
    public KeywordWarningType()
    {
        Name = "KeywordWarning";
        Description = "A story's SEO keywords use none of the keywords of its brand's keyword sets published in the story's locale.";
        Field(w => w.Field);
        Field(w => w.Rule).Description("NO_BRAND_KEYWORD.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("suggestions")
            .Description("Keywords of the brand's sets for the locale (the first ten).").Resolve(ctx => ctx.Source.Suggestions);
    }
}
