using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Assets;
using BrandContent.Localization;
using GraphQL;

namespace BrandContent.Api.GraphQL.Assets;

public static class AssetLoaders
{
    /// <summary>The asset in the chain, batched with every other asset the same level of the query asks for.</summary>
    public static object? LoadAsset(this IResolveFieldContext context, Guid? assetId, LocaleChain chain)
    {
        if (assetId is not { } id)
        {
            return null;
        }

        var delivery = context.Delivery();
        return delivery.Load<Guid, Localized<Asset, AssetVariant>>($"assets:{chain.Key}", id, (ids, ct) =>
            delivery.Db.AssetsByIdAsync(ids, chain, delivery.Now, ct));
    }
}
