using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Campaigns;
using BrandContent.Markets;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Campaigns;

public static class CampaignQueries
{
    public static void AddCampaignQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignType>>>>("campaigns")
            .Description("A brand's campaigns (not archived), the earliest first. With `market`, those running in it (or in every market), read in its locale chain.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<CampaignStatusType>("status")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var (brand, chain) = await ctx.BrandInChainAsync();
                var market = ctx.GetArgument<string?>("market") is { } code ? MarketCode.Normalize(code) : null;
                var campaigns = await ctx.Delivery().Db.ListCampaignsAsync(
                    brand.Id, market, ctx.GetArgument<CampaignStatus?>("status"), ctx.Caller().Markets, ctx.CancellationToken);
                return campaigns.Select(c => new CampaignInChain(c, chain)).ToList();
            });

        query.Field<CampaignType>("campaign")
            .Description("One campaign by id with its posts, stories and events in the locale chain; null when there is none, or it is not for the key's markets.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var caller = ctx.Caller();
                var campaign = await ctx.Delivery().Db.FindCampaignAsync(ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
                if (campaign is null)
                {
                    return null;
                }

                if (!caller.InBrands(campaign.BrandId))
                {
                    throw new BrandContentException(ErrorCode.OutOfScope, "brand", campaign.BrandId);
                }

                if (caller.Markets.Count > 0 && campaign.Markets.Count > 0 && !campaign.Markets.Any(caller.InMarkets))
                {
                    return null;
                }

                return await ctx.BrandByIdInChainAsync(campaign.BrandId) is { } found ? new CampaignInChain(campaign, found.Chain) : null;
            });
    }
}
