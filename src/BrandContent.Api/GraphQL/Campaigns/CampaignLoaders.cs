using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Campaigns;
using BrandContent.Localization;
using BrandContent.Posts;
using GraphQL;
using GraphQL.DataLoader;

namespace BrandContent.Api.GraphQL.Campaigns;

public static class CampaignLoaders
{
    public static IDataLoaderResult<CampaignInChain?>? LoadCampaign(this IResolveFieldContext context, Guid? campaignId, LocaleChain chain)
    {
        if (campaignId is not { } id)
        {
            return null;
        }

        var delivery = context.Delivery();
        return delivery.Load<Guid, Campaign>("campaigns", id, (ids, ct) => delivery.Db.CampaignsByIdAsync(ids, ct))
            .Then(campaign => campaign is null ? null : new CampaignInChain(campaign, chain));
    }

    /// <summary>The published posts of each campaign asked for at one level, within the key's markets.</summary>
    public static IDataLoaderResult<IReadOnlyList<Localized<ChannelPost, ChannelPostVariant>>> LoadCampaignPosts(
        this IResolveFieldContext context, Guid campaignId, LocaleChain chain)
    {
        var delivery = context.Delivery();
        var markets = context.Caller().Markets;
        return delivery.Load<Guid, IReadOnlyList<Localized<ChannelPost, ChannelPostVariant>>>($"campaign-posts:{chain.Key}", campaignId, async (ids, ct) =>
                (await delivery.Db.ChannelPostsOfCampaignsAsync(ids, chain, markets, delivery.Now, ct)).ToListDictionary())
            .Then(posts => posts ?? []);
    }
}
