using BrandContent.Keywords;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Keywords;

public sealed class KeywordSetInputType : InputObjectGraphType<KeywordSetInput>
{
    public KeywordSetInputType()
    {
        Name = "KeywordSetInput";
        Field<StringGraphType>("pillar").Description("Pillar key; without one the set's theme is its localized name.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Market codes; none means every market.");
    }
}
