using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Campaigns;
using BrandContent.Localization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Campaigns;

/// <summary>Campaigns are written by the editors of their brand, like the brand's content entities.</summary>
public static class CampaignMutations
{
    public static void AddCampaignMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CampaignType>>("createCampaign")
            .Description("Creates a campaign of the brand.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<CampaignInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                var campaign = await delivery.Db.CreateCampaignAsync(
                    brand.Id, ctx.GetArgument<CampaignInput>("input"), ctx.Edit("createCampaign"), delivery.Now, ctx.CancellationToken);
                return new CampaignInChain(campaign, new LocaleChain([brand.SourceLocale]));
            });

        mutation.Field<NonNullGraphType<CampaignType>>("updateCampaign")
            .Description("Replaces a campaign's values. With expectedVersion, a concurrent change is a CONFLICT.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .Argument<NonNullGraphType<CampaignInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var id = await InScopeAsync(ctx);
                var campaign = await delivery.Db.UpdateCampaignAsync(
                    id, ExpectedVersion(ctx), ctx.GetArgument<CampaignInput>("input"), ctx.Edit("updateCampaign"), delivery.Now, ctx.CancellationToken);
                return await InSourceChainAsync(ctx, campaign);
            });

        mutation.Field<NonNullGraphType<CampaignType>>("archiveCampaign")
            .Description("Archives a campaign (archived: false restores it): no longer listed; its posts keep it.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<BooleanGraphType>("archived", a => a.DefaultValue = true)
            .Argument<LongGraphType>("expectedVersion")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var id = await InScopeAsync(ctx);
                var campaign = await delivery.Db.ArchiveCampaignAsync(
                    id, ctx.GetArgument("archived", true), ExpectedVersion(ctx), ctx.Edit("archiveCampaign"), delivery.Now, ctx.CancellationToken);
                return await InSourceChainAsync(ctx, campaign);
            });
    }

    /// <summary>The campaign named by <c>id</c>, if it is of a brand the key covers (NOT_FOUND, OUT_OF_SCOPE otherwise).</summary>
    private static async Task<Guid> InScopeAsync(IResolveFieldContext ctx)
    {
        var id = ctx.GetArgument<Guid>("id");
        var brandId = await ctx.Delivery().Db.CampaignBrandAsync(id, ctx.CancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, CampaignEditing.AuditKind, id);
        return ctx.Caller().InBrands(brandId) ? id : throw new BrandContentException(ErrorCode.OutOfScope, "brand", brandId);
    }

    private static async Task<CampaignInChain> InSourceChainAsync(IResolveFieldContext ctx, Campaign campaign)
    {
        var source = await ctx.Delivery().Db.Brands.Where(b => b.Id == campaign.BrandId).Select(b => b.SourceLocale).FirstAsync(ctx.CancellationToken);
        return new CampaignInChain(campaign, new LocaleChain([source]));
    }

    private static uint? ExpectedVersion(IResolveFieldContext ctx) => ctx.GetArgument<long?>("expectedVersion") is { } v ? (uint)v : null;
}
