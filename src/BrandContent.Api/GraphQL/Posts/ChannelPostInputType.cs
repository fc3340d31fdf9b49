using BrandContent.Api.GraphQL.Input;
using BrandContent.Posts;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Posts;

public sealed class ChannelPostInputType : InputObjectGraphType<ChannelPostInput>
{
    public ChannelPostInputType()
    {
        Name = "ChannelPostInput";
        Description = "A channel post's own values. Its texts (text, hashtags, link, media, altTexts, script, slogan) are variants of kind CHANNEL_POST (upsertVariant).";
        Field<UuidGraphType>("campaign").Description("A campaign of the post's brand.");
        Field<UuidGraphType>("story").Description("A story of the post's brand the post tells of.");
        Field<UuidGraphType>("event").Description("An event of the post's brand the post announces.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("pillars").Description("Pillar keys of the brand, in order.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("channels")
            .Description($"Codes of the channels the post goes out on (1 to {ChannelPostRules.MaxTargets}); each must serve at least one of the post's markets.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets")
            .Description($"Codes of the markets the post is for (1 to {ChannelPostRules.MaxTargets}).");
    }
}
