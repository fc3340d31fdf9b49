using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Brands;

public static class BrandLoaders
{
    public static object? LoadBrand(this IResolveFieldContext context, Guid? brandId, LocaleChain chain)
    {
        if (brandId is not { } id)
        {
            return null;
        }

        var delivery = context.Delivery();
        return delivery.Load<Guid, Localized<Brand, BrandVariant>>($"brands:{chain.Key}", id, async (ids, ct) =>
        {
            var brands = await delivery.Db.Brands.Unarchived().Where(b => ids.Contains(b.Id)).ToListAsync(ct);
            return (await delivery.Db.LocalizeBrandsAsync(brands, ChainOnly(chain), delivery.Now, ct)).ToDictionary(b => b.Entity.Id);
        });
    }

    public static IDataLoaderResult<IReadOnlyList<Localized<Brand, BrandVariant>>> LoadChildBrands(
        this IResolveFieldContext context, Guid parentId, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<Localized<Brand, BrandVariant>>>($"brand-children:{chain.Key}", parentId, async (ids, ct) =>
            {
                var brands = await delivery.Db.Brands.Unarchived().Where(b => b.ParentId != null && ids.Contains(b.ParentId.Value))
                    .OrderBy(b => b.Slug).ToListAsync(ct);
                var localized = await delivery.Db.LocalizeBrandsAsync(brands, ChainOnly(chain), delivery.Now, ct);
                return localized.ToLookup(b => b.Entity.ParentId!.Value).ToListDictionary();
            })
            .Then(children => children ?? []);
    }

    // Related brands are read in the chain of the brand they hang from.
    private static LocaleRequest ChainOnly(LocaleChain chain) => new(chain.Locales, Fallback: true, chain.Preview);
}
