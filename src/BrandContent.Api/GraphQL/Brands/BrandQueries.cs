using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Brands;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Brands;

public static class BrandQueries
{
    public static void AddBrandQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrandType>>>>("brands")
            .Description("Every brand with published identity text, national first.")
            .Argument<EnumerationGraphType<BrandLevel>>("level", "Only brands of this level.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var request = await ctx.LocaleRequestAsync();
                ctx.Answer().CoversAll();
                var brands = await delivery.Db.ListBrandsAsync(ctx.CancellationToken);
                if (ctx.GetArgument<BrandLevel?>("level") is { } level)
                {
                    brands = brands.Where(b => b.Level == level).ToList();
                }

                return await delivery.Db.LocalizeBrandsAsync(brands, request, delivery.Now, ctx.CancellationToken);
            });
        query.Field<BrandType>("brand")
            .Description("One brand by slug; null when there is none or it has no published identity text in the chain.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var request = await ctx.LocaleRequestAsync();
                var brand = await delivery.Db.FindBrandAsync(ctx.GetArgument<string>("slug"), ctx.CancellationToken);
                if (brand is null)
                {
                    // Not there yet: whichever brand is created next may be this one.
                    ctx.Answer().CoversAll();
                    return null;
                }

                ctx.Answer().Covers(brand);
                return (await delivery.Db.LocalizeBrandsAsync([brand], request, delivery.Now, ctx.CancellationToken)).SingleOrDefault();
            });
    }
}
