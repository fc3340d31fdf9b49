using BrandContent.Api.GraphQL.Assets;
using BrandContent.Brands;
using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Brands;

/// <summary>A logo variant in the chain of the brand that shows it.</summary>
public sealed record LocalizedLogo(BrandLogo Logo, LocaleChain Chain);

public sealed class BrandLogoType : ObjectGraphType<LocalizedLogo>
{
    public BrandLogoType()
    {
        Name = "BrandLogo";
        Field<NonNullGraphType<StringGraphType>>("variant").Description("PRIMARY, MONOCHROME, HORIZONTAL…").Resolve(ctx => ctx.Source.Logo.Variant);
        Field<AssetType>("asset").Description("Null when the file's rights have expired or it has no published text.")
            .Resolve(ctx => ctx.LoadAsset(ctx.Source.Logo.AssetId, ctx.Source.Chain));
    }
}
