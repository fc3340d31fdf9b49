using BrandContent.Api.GraphQL.Assets;
using BrandContent.Api.GraphQL.Brands;
using BrandContent.Api.GraphQL.Campaigns;
using BrandContent.Api.GraphQL.Channels;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Events;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Markets;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Api.GraphQL.Schedule;
using BrandContent.Api.GraphQL.Stories;
using BrandContent.Channels;
using BrandContent.Localization;
using BrandContent.Posts;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Posts;

public sealed class ChannelPostType : ObjectGraphType<Localized<ChannelPost, ChannelPostVariant>>
{
    public ChannelPostType()
    {
        Name = "ChannelPost";
        Description = "A social post, radio script or banner slogan for channels and markets, served in one locale of the chain. Its texts are plain text: "
            + "show them as text, never as HTML.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<BrandType>("brand").Resolve(ctx => ctx.LoadBrand(ctx.Source.Entity.BrandId, ctx.Source.Chain));
        Field<CampaignType>("campaign").Description("Null when the post belongs to no campaign, or it is archived.")
            .Resolve(ctx => ctx.LoadCampaign(ctx.Source.Entity.CampaignId, ctx.Source.Chain));
        Field<StoryType>("story").Description("The story the post tells of; null without one, or when it has nothing published in the chain.")
            .Resolve(ctx => ctx.Source.Entity.StoryId is { } id ? ctx.LoadStories([id], ctx.Source.Chain).Then(s => s.FirstOrDefault()) : null);
        Field<EventType>("event").Description("The event the post announces; null without one, or when it has nothing published in the chain.")
            .Resolve(ctx => ctx.Source.Entity.EventId is { } id ? ctx.LoadEvents([id], ctx.Source.Chain).Then(e => e.FirstOrDefault()) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PillarType>>>>("pillars")
            .Resolve(ctx => ctx.LoadPillars(ctx.Source.Entity.PillarIds, ctx.Source.Chain));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelType>>>>("channels").Description("The channels the post goes out on (those not archived).")
            .Resolve(ctx => ctx.LoadChannels(ctx.Source.Entity.Channels));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarketType>>>>("markets").Description("The markets the post is for.")
            .Resolve(ctx => ctx.LoadMarkets(ctx.Source.Entity.Markets));
        this.AddLocalizationFields();
        Field<StringGraphType>("text").Description("The post's text for social, web, press and email channels (plain text).")
            .Resolve(ctx => ctx.Source.Variant.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags").Description("Hashtags without their '#'.")
            .Resolve(ctx => ctx.Source.Variant.Hashtags);
        Field<StringGraphType>("link").Resolve(ctx => ctx.Source.Variant.Link);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelPostMediumType>>>>("media")
            .Description("The post's media in order, each with its alt text; media whose rights have expired are left out.")
            .Resolve(ctx => ctx.LoadMedia(ctx.Source.Variant.Media, ctx.Source.Variant.AltTexts, ctx.Source.Chain));
        Field<StringGraphType>("script").Description("What an announcer reads on a radio channel (plain text).").Resolve(ctx => ctx.Source.Variant.Script);
        Field<IntGraphType>("estimatedReadingSeconds")
            .Description("How long reading the script aloud takes, in whole seconds, at a broadcast pace for the served locale; null without a script.")
            .Resolve(ctx => ctx.Source.Variant.Script is { } script ? ReadingTime.Estimate(ctx.Source.Locale, script) : null);
        Field<StringGraphType>("slogan").Description("The short line a banner, panel or poster shows.").Resolve(ctx => ctx.Source.Variant.Slogan);
        this.AddSlotsField();
    }
}

public sealed class ChannelPostMediumType : ObjectGraphType<ChannelPostLoaders.PostMedium>
{
    public ChannelPostMediumType()
    {
        Name = "ChannelPostMedium";
        Description = "A medium of a post with its alt text in the served locale.";
        Field<NonNullGraphType<AssetType>>("asset").Resolve(ctx => ctx.Source.Asset);
        Field<StringGraphType>("altText").Description("The post's alt text for this medium; the asset's own altText otherwise.")
            .Resolve(ctx => ctx.Source.AltText ?? ctx.Source.Asset.Variant.AltText);
    }
}
