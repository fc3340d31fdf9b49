using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Localization;
using BrandContent.Pillars;
using GraphQL;
using GraphQL.DataLoader;

namespace BrandContent.Api.GraphQL.Pillars;

public static class PillarLoaders
{
    public static IDataLoaderResult<IReadOnlyList<Localized<Pillar, PillarVariant>>> LoadBrandPillars(
        this IResolveFieldContext context, Guid brandId, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<Localized<Pillar, PillarVariant>>>($"brand-pillars:{chain.Key}", brandId, async (ids, ct) =>
                (await delivery.Db.PillarsOfBrandsAsync(ids, chain, delivery.Now, ct)).ToListDictionary())
            .Then(pillars => pillars ?? []);
    }

    public static IDataLoaderResult<IReadOnlyList<Localized<Pillar, PillarVariant>>> LoadStoryPillars(
        this IResolveFieldContext context, Guid storyId, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<Localized<Pillar, PillarVariant>>>($"story-pillars:{chain.Key}", storyId, async (ids, ct) =>
                (await delivery.Db.PillarsOfStoriesAsync(ids, chain, delivery.Now, ct)).ToListDictionary())
            .Then(pillars => pillars ?? []);
    }

    public static IDataLoaderResult<IReadOnlyList<Localized<Pillar, PillarVariant>>> LoadAssetPillars(
        this IResolveFieldContext context, Guid assetId, LocaleChain chain)
    {
        var delivery = context.Delivery();
        return delivery.Load<Guid, IReadOnlyList<Localized<Pillar, PillarVariant>>>($"asset-pillars:{chain.Key}", assetId, async (ids, ct) =>
                (await delivery.Db.PillarsOfAssetsAsync(ids, chain, delivery.Now, ct)).ToListDictionary())
            .Then(pillars => pillars ?? []);
    }

    public static object? LoadPillar(this IResolveFieldContext context, Guid? pillarId, LocaleChain chain)
    {
        if (pillarId is not { } id)
        {
            return null;
        }

        var delivery = context.Delivery();
        return delivery.Load<Guid, Localized<Pillar, PillarVariant>>($"pillars:{chain.Key}", id, (ids, ct) =>
            delivery.Db.PillarsByIdAsync(ids, chain, delivery.Now, ct));
    }
}
