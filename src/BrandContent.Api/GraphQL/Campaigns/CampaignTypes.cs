using BrandContent.Api.GraphQL.Brands;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Events;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Markets;
using BrandContent.Api.GraphQL.Posts;
using BrandContent.Api.GraphQL.Stories;
using BrandContent.Campaigns;
using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Campaigns;

/// <summary>A campaign as one read serves it: what it groups is read in the chain of that read.</summary>
public sealed record CampaignInChain(Campaign Campaign, LocaleChain Chain);

public sealed class CampaignStatusType : EnumerationGraphType<CampaignStatus>
{
    public CampaignStatusType()
    {
        Name = "CampaignStatus";
        Description = "PLANNED, ACTIVE, COMPLETED or CANCELLED.";
    }
}

public sealed class CampaignType : ObjectGraphType<CampaignInChain>
{
    public CampaignType()
    {
        Name = "Campaign";
        Description = "A campaign of a brand in some markets over a period; it groups channel posts, stories and events of the brand.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Campaign.Id);
        Field<BrandType>("brand").Resolve(ctx => ctx.LoadBrand(ctx.Source.Campaign.BrandId, ctx.Source.Chain));
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name in the first locale of the chain that has one.")
            .Resolve(ctx => ctx.Source.Campaign.Names.NameIn(ctx.Source.Chain.Locales));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldValueType>>>>("names").Description("The name per locale (name = locale tag).")
            .Resolve(ctx => ctx.Source.Campaign.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new KeyValuePair<string, string?>(n.Key, n.Value)).ToList());
        Field<StringGraphType>("goal").Description("What the campaign is for (plain text).").Resolve(ctx => ctx.Source.Campaign.Goal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarketType>>>>("markets").Resolve(ctx => ctx.LoadMarkets(ctx.Source.Campaign.Markets));
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Resolve(ctx => ctx.Source.Campaign.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Resolve(ctx => ctx.Source.Campaign.EndsOn);
        Field<NonNullGraphType<CampaignStatusType>>("status").Resolve(ctx => ctx.Source.Campaign.Status);
        Field<NonNullGraphType<LongGraphType>>("version").Description("Send it back as expectedVersion with the next update.").Resolve(ctx => (long)ctx.Source.Campaign.Version);
        Field<DateTimeOffsetGraphType>("archivedAt").Resolve(ctx => ctx.Source.Campaign.ArchivedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelPostType>>>>("posts")
            .Description("The campaign's published posts, newest first (at most 100; channelPosts(campaign:) pages through all).")
            .Resolve(ctx => ctx.LoadCampaignPosts(ctx.Source.Campaign.Id, ctx.Source.Chain));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryType>>>>("stories").Description("The campaign's stories that are published in the chain, in order.")
            .Resolve(ctx => ctx.LoadStories(ctx.Source.Campaign.StoryIds, ctx.Source.Chain));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventType>>>>("events").Description("The campaign's events that are published in the chain, in order.")
            .Resolve(ctx => ctx.LoadEvents(ctx.Source.Campaign.EventIds, ctx.Source.Chain));
    }
}

public sealed class CampaignInputType : InputObjectGraphType<CampaignInput>
{
    public CampaignInputType()
    {
        Name = "CampaignInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Translation.TermTranslationInputType>>>>("names")
            .Description("The name per locale; the brand's source locale is required.");
        Field<StringGraphType>("goal").Description("What the campaign is for (plain text).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("markets").Description("Codes of the markets it runs in; none: every market.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn");
        Field<CampaignStatusType>("status").Description("PLANNED when absent.");
        Field<ListGraphType<NonNullGraphType<UuidGraphType>>>("stories").Description("Stories of the brand, in order.");
        Field<ListGraphType<NonNullGraphType<UuidGraphType>>>("events").Description("Events of the brand, in order.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CampaignInput(
        (value.TryGetValue("names", out var names) ? names as IEnumerable<object?> ?? [] : [])
            .Cast<KeyValuePair<string, string>>().GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        value.TryGetValue("goal", out var goal) ? goal as string : null,
        value.TryGetValue("markets", out var markets) && markets is IEnumerable<object?> codes ? [.. codes.Cast<string>()] : null,
        (DateOnly)value["startsOn"]!,
        (DateOnly)value["endsOn"]!,
        value.TryGetValue("status", out var status) && status is CampaignStatus given ? given : CampaignStatus.Planned,
        value.TryGetValue("stories", out var stories) && stories is IEnumerable<object?> storyIds ? [.. storyIds.Cast<Guid>()] : null,
        value.TryGetValue("events", out var events) && events is IEnumerable<object?> eventIds ? [.. eventIds.Cast<Guid>()] : null);
}
