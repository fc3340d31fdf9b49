using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Keywords;
using BrandContent.Markets;
using BrandContent.Pillars;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Keywords;

public static class KeywordSetQueries
{
    public static void AddKeywordSetQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeywordSetType>>>>("keywordSets")
            .Description("A brand's published keyword sets, each in the first locale of the chain it has (`isFallback` says when that "
                + "is not the one asked for). `market` both narrows the sets and sets the locale chain. Partners and above.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<StringGraphType>("pillar", "Pillar key.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                var pillar = ctx.GetArgument<string?>("pillar");
                var filter = new KeywordSetFilter(
                    brand.Id,
                    chain,
                    ctx.GetArgument<string?>("market") is { } market ? MarketCode.Normalize(market) : null,
                    pillar is null ? null : await delivery.Db.GetPillarIdAsync(brand.Id, pillar, ctx.CancellationToken));
                return await delivery.Db.ListKeywordSetsAsync(filter, delivery.Now, ctx.CancellationToken);
            });
    }
}
