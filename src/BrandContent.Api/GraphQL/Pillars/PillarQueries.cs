using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Pillars;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Pillars;

public static class PillarQueries
{
    public static void AddPillarQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PillarType>>>>("pillars")
            .Description("A brand's story pillars, in order.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                return (await delivery.Db.PillarsOfBrandsAsync([brand.Id], chain, delivery.Now, ctx.CancellationToken))[brand.Id].ToList();
            });
    }
}
