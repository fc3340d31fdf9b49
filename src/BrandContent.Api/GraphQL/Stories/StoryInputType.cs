using BrandContent.Api.GraphQL.Input;
using BrandContent.Stories;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Stories;

public sealed class StoryInputType : InputObjectGraphType<StoryInput>
{
    public StoryInputType()
    {
        Name = "StoryInput";
        Field<NonNullGraphType<DateOnlyGraphType>>("date");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("pillars").Description("Pillar keys of the brand, in order.");
        Field<UuidGraphType>("heroAsset").Description("An asset of the brand.");
    }
}
