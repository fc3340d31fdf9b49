using BrandContent.Api.GraphQL.Markets;
using BrandContent.Assets;
using BrandContent.Channels;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Channels;

public sealed class ChannelType : ObjectGraphType<Channel>
{
    public ChannelType()
    {
        Name = "Channel";
        Description = "Where content goes out (a social network, the portal, commune radio, a banner…), the markets it serves and its rules.";
        Field(c => c.Code).Description("Channel code (`facebook`, `naver-blog`, `commune-radio`).");
        this.AddNameField(c => c.Names);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalizedNameType>>>>("names")
            .Description("The name in every locale it has, as `createChannel` takes them.")
            .Resolve(ctx => ctx.Source.Names.OrderBy(n => n.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ChannelKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets")
            .Description("Codes of the markets the channel serves.")
            .Resolve(ctx => ctx.Source.Markets);
        Field<NonNullGraphType<ChannelRulesType>>("rules").Resolve(ctx => ctx.Source.Rules);
        Field(c => c.ArchivedAt, nullable: true).Description("When the channel stopped taking posts; null while in use.");
    }
}

public sealed class ChannelRulesType : ObjectGraphType<ChannelRules>
{
    public ChannelRulesType()
    {
        Name = "ChannelRules";
        Description = "What a post must respect on a channel; a null limit means none.";
        Field(r => r.MaxTextLength, nullable: true).Description("Longest text, counted as `counting` says (hashtags and link included, as the platform receives the post).");
        Field<NonNullGraphType<TextCountingType>>("counting").Resolve(ctx => ctx.Source.Counting);
        Field(r => r.MaxHashtags, nullable: true);
        Field<NonNullGraphType<RequirementType>>("link").Resolve(ctx => ctx.Source.Link);
        Field<NonNullGraphType<RequirementType>>("media").Resolve(ctx => ctx.Source.Media);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<AssetKind>>>>>("mediaKinds")
            .Description("Media kinds the channel takes; empty: any.")
            .Resolve(ctx => ctx.Source.MediaKinds);
        Field(r => r.MaxVideoSeconds, nullable: true);
        Field(r => r.MaxReadingSeconds, nullable: true).Description("Radio: the longest a script may take to read aloud.");
    }
}

public sealed class LocalizedNameType : ObjectGraphType<KeyValuePair<string, string>>
{
    public LocalizedNameType()
    {
        Name = "LocalizedName";
        Description = "A name in one locale.";
        Field<NonNullGraphType<StringGraphType>>("locale").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(ctx => ctx.Source.Value);
    }
}
