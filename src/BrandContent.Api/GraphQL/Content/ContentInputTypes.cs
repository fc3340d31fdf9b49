using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Events;
using BrandContent.Messages;
using BrandContent.Pillars;
using BrandContent.Stories;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Content;

public sealed class BrandInputType : InputObjectGraphType<BrandInput>
{
    public BrandInputType()
    {
        Name = "BrandInput";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Lowercase letters, digits and hyphens; unique.");
        Field<StringGraphType>("parent").Description("Slug of the brand this one sits under.");
        Field<NonNullGraphType<EnumerationGraphType<BrandLevel>>>("level");
        Field<NonNullGraphType<StringGraphType>>("sourceLocale").Description("The locale editors write in (registered BCP 47 tag).");
        Field<ListGraphType<NonNullGraphType<BrandColorInputType>>>("colors");
        Field<ListGraphType<NonNullGraphType<BrandFontInputType>>>("typography");
        Field<ListGraphType<NonNullGraphType<BrandLogoInputType>>>("logos");
    }
}

public sealed class BrandColorInputType : InputObjectGraphType<BrandColor>
{
    public BrandColorInputType()
    {
        Name = "BrandColorInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("hex").Description("#RRGGBB");
        Field<NonNullGraphType<StringGraphType>>("role").Description("PRIMARY, SECONDARY, ACCENT, NEUTRAL, BACKGROUND…");
    }
}

public sealed class BrandFontInputType : InputObjectGraphType<BrandFont>
{
    public BrandFontInputType()
    {
        Name = "BrandFontInput";
        Field<NonNullGraphType<StringGraphType>>("role");
        Field<NonNullGraphType<StringGraphType>>("family");
        Field<StringGraphType>("fallback");
    }
}

public sealed class BrandLogoInputType : InputObjectGraphType<BrandLogo>
{
    public BrandLogoInputType()
    {
        Name = "BrandLogoInput";
        Field<NonNullGraphType<StringGraphType>>("variant");
        Field<NonNullGraphType<IdGraphType>>("assetId").Description("An asset of this brand.");
    }
}

public sealed class PillarInputType : InputObjectGraphType<PillarInput>
{
    public PillarInputType()
    {
        Name = "PillarInput";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Locale-free handle, unique in the brand.");
        Field<NonNullGraphType<IntGraphType>>("position");
    }
}

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
        Field<IdGraphType>("alignsWith").Description("A key message of the parent brand this one stays consistent with.");
    }
}

public sealed class StoryInputType : InputObjectGraphType<StoryInput>
{
    public StoryInputType()
    {
        Name = "StoryInput";
        Field<NonNullGraphType<DateOnlyGraphType>>("date");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("pillars").Description("Pillar keys of the brand, in order.");
        Field<IdGraphType>("heroAsset").Description("An asset of the brand.");
    }
}

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
    }
}

public sealed class EventInputType : InputObjectGraphType<EventInput>
{
    public EventInputType()
    {
        Name = "EventInput";
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn");
        Field<NonNullGraphType<StringGraphType>>("place");
    }
}
