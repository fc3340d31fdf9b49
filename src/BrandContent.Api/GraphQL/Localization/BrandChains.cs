using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Localization;

public static class BrandChains
{
    /// <summary>
    /// For reads of one entity by id (a post, a campaign): its brand, noted in the answer's scope, and the chain its
    /// content is read in; null when the brand is archived.
    /// </summary>
    public static async Task<(Brand Brand, LocaleChain Chain)?> BrandByIdInChainAsync(this IResolveFieldContext context, Guid brandId)
    {
        var brand = await context.Delivery().Db.Brands.Unarchived().FirstOrDefaultAsync(b => b.Id == brandId, context.CancellationToken);
        if (brand is null)
        {
            return null;
        }

        context.Answer().Covers(brand);
        return (brand, (await context.LocaleRequestAsync()).ChainFor(brand.SourceLocale));
    }
}
