using BrandContent.Api.GraphQL.Assets;
using BrandContent.Api.GraphQL.Brands;
using BrandContent.Api.GraphQL.Events;
using BrandContent.Api.GraphQL.Messages;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Api.GraphQL.Stories;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Content;

/// <summary>
/// Any localized object delivery serves, as search hits and sync upserts carry it: the same object types the
/// root queries answer with (each object type knows its own CLR source, so no resolver is needed here).
/// </summary>
public sealed class DeliveredContentType : UnionGraphType
{
    public DeliveredContentType()
    {
        Name = "DeliveredContent";
        Description = "A story, pillar, event, asset, key message or brand, served in one locale of the chain.";
        Type<StoryType>();
        Type<PillarType>();
        Type<EventType>();
        Type<AssetType>();
        Type<KeyMessageType>();
        Type<BrandType>();
    }
}
