using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Assets;
using BrandContent.Pillars;
using BrandContent.Storage;
using BrandContent.Stories;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Assets;

/// <summary>The asset bank ("ngân hàng dữ liệu số"): a brand's published media, and one asset by id.</summary>
public static class AssetQueries
{
    public static void AddAssetQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<AssetType>>>("assets")
            .Description("A brand's published assets, newest first, as a cursor connection: never archived ones nor ones whose rights have expired "
                + "(editors with `preview` see those too, flagged by `rightsExpired`). With `market`, the assets served in its locale chain.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<EnumerationGraphType<AssetKind>>("kind", "Only assets of this kind.")
            .Argument<StringGraphType>("pillar", "Only assets tagged with this pillar key.")
            .Argument<StringGraphType>("tag", "Only assets with this tag.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {AssetDelivery.MaxPageSize}.", a => a.DefaultValue = AssetDelivery.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                var pillar = ctx.GetArgument<string?>("pillar");
                var filter = new AssetFilter(
                    brand.Id,
                    chain,
                    ctx.GetArgument<AssetKind?>("kind"),
                    pillar is null ? null : await delivery.Db.GetPillarIdAsync(brand.Id, pillar, ctx.CancellationToken),
                    ctx.GetArgument<string?>("tag") is { } tag ? StoryTag.Normalize(tag) : null);
                var after = ctx.GetArgument<string?>("after") is { } cursor ? IdCursor.Decode(cursor) : null;
                var page = await delivery.Db.PageAssetsAsync(
                    filter, ctx.GetArgument("first", AssetDelivery.DefaultPageSize), after, delivery.Now, ctx.CancellationToken,
                    countTotal: ctx.SubFields?.ContainsKey("totalCount") ?? true);
                return Connections.Of(page.Items, item => new IdCursor(item.Entity.Id).Encode(), page.HasNextPage, after is not null, page.TotalCount);
            });

        query.Field<AssetType>("asset")
            .Description("One published asset by id, served in the locale chain; null when it is not served there (archived, rights expired, nothing published).")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var id = ctx.GetArgument<Guid>("id");
                var brandId = await delivery.Db.Assets.Where(a => a.Id == id).Select(a => (Guid?)a.BrandId).FirstOrDefaultAsync(ctx.CancellationToken);
                if (brandId is null || await ctx.BrandByIdInChainAsync(brandId.Value) is not { } found)
                {
                    // Brand changes announce "global": an id that appears later is not kept answered as null.
                    ctx.Answer().CoversAll();
                    return null;
                }

                return await delivery.Db.FindAssetAsync(id, found.Chain, delivery.Now, ctx.CancellationToken);
            });
    }
}
