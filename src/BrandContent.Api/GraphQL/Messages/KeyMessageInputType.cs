using BrandContent.Api.GraphQL.Input;
using BrandContent.Messages;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Messages;

public sealed class KeyMessageInputType : InputObjectGraphType<KeyMessageInput>
{
    public KeyMessageInputType()
    {
        Name = "KeyMessageInput";
        Field<StringGraphType>("pillar").Description("Pillar key.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Market codes; none means every market.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("audiences").Description("Audience codes; none means every audience.");
        Field<DateOnlyGraphType>("validFrom");
        Field<DateOnlyGraphType>("validTo");
        Field<NonNullGraphType<IntGraphType>>("priority").Description("1 (most important) to 100.");
        Field<UuidGraphType>("alignsWith").Description("A key message of the parent brand this one stays consistent with.");
    }
}
