using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Markets;

public sealed class LocaleType : ObjectGraphType<Locale>
{
    public LocaleType()
    {
        Name = "Locale";
        Description = "A language content is written in, by its BCP 47 tag.";
        Field(l => l.Tag).Description("BCP 47 tag in canonical case (`vi`, `zh-Hans`, `en-GB`).");
        Field(l => l.Name).Description("English name.");
        Field(l => l.NativeName).Description("Name in the language itself.");
    }
}
