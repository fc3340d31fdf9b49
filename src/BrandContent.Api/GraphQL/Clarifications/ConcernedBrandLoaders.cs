using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Clarifications;

public static class ConcernedBrandLoaders
{
    /// <summary>A clarification's concerned brands that the caller's key covers (the others are left out, never named), read in its chain.</summary>
    public static IDataLoaderResult<IReadOnlyList<Localized<Brand, BrandVariant>>> LoadConcernedBrands(
        this IResolveFieldContext context, IEnumerable<Guid> brandIds, LocaleChain chain)
    {
        var delivery = context.Delivery();
        var caller = context.Caller();
        return brandIds.Where(caller.InBrands)
            .Select(id => delivery.Load<Guid, Localized<Brand, BrandVariant>>($"concerned-brands:{chain.Key}", id, async (ids, ct) =>
            {
                var brands = await delivery.Db.Brands.Unarchived().Where(b => ids.Contains(b.Id)).ToListAsync(ct);
                var localized = await delivery.Db.LocalizeBrandsAsync(brands, new LocaleRequest(chain.Locales, Fallback: true, chain.Preview), delivery.Now, ct);
                return localized.ToDictionary(b => b.Entity.Id);
            }))
            .AllFound();
    }
}
