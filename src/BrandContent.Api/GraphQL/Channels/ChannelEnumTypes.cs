using BrandContent.Channels;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Channels;

public sealed class ChannelKindType : EnumerationGraphType<ChannelKind>
{
    public ChannelKindType()
    {
        Name = "ChannelKind";
        Description = "What sort of outlet a channel is.";
    }
}

public sealed class TextCountingType : EnumerationGraphType<TextCounting>
{
    public TextCountingType()
    {
        Name = "TextCounting";
        Description = "How a platform counts a text's length: GRAPHEMES (what a reader sees as one character) or X_WEIGHTED (X: CJK and emoji count 2, a URL 23).";
    }
}

public sealed class RequirementType : EnumerationGraphType<Requirement>
{
    public RequirementType()
    {
        Name = "ChannelRequirement";
        Description = "Whether a post on a channel must, may or must not carry something.";
    }
}
