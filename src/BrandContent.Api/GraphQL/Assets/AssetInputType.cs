using BrandContent.Api.GraphQL.Input;
using BrandContent.Assets;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Assets;

public sealed class AssetInputType : InputObjectGraphType<AssetInput>
{
    public AssetInputType()
    {
        Name = "AssetInput";
        Field<NonNullGraphType<EnumerationGraphType<AssetKind>>>("kind");
        Field<NonNullGraphType<StringGraphType>>("url");
        Field<NonNullGraphType<StringGraphType>>("mimeType");
        Field<LongGraphType>("sizeBytes");
        Field<IntGraphType>("width");
        Field<IntGraphType>("height");
        Field<FloatGraphType>("durationSeconds");
        Field<StringGraphType>("credit");
        Field<StringGraphType>("license");
        Field<DateTimeOffsetGraphType>("rightsExpireAt").Description("After this instant the asset is never delivered.");
        Field<ListGraphType<NonNullGraphType<UuidGraphType>>>("pillarIds").Description($"Pillars of the asset's brand, in order (at most {Asset.MaxPillars}).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description($"Free tags, spelled as stories' tags (at most {Asset.MaxTags}).");
    }
}
