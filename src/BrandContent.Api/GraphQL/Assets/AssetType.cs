using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Assets;
using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Assets;

public sealed class AssetType : ObjectGraphType<Localized<Asset, AssetVariant>>
{
    public AssetType()
    {
        Name = "Asset";
        Description = "Media from the brand's asset bank. Assets whose rights have expired are never delivered.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<NonNullGraphType<EnumerationGraphType<AssetKind>>>("kind").Resolve(ctx => ctx.Source.Entity.Kind);
        Field<NonNullGraphType<StringGraphType>>("url").Resolve(ctx => ctx.Source.Entity.Url);
        Field<NonNullGraphType<StringGraphType>>("mimeType").Resolve(ctx => ctx.Source.Entity.MimeType);
        Field<LongGraphType>("sizeBytes").Resolve(ctx => ctx.Source.Entity.SizeBytes);
        Field<IntGraphType>("width").Resolve(ctx => ctx.Source.Entity.Width);
        Field<IntGraphType>("height").Resolve(ctx => ctx.Source.Entity.Height);
        Field<FloatGraphType>("durationSeconds").Resolve(ctx => ctx.Source.Entity.DurationSeconds);
        Field<StringGraphType>("credit").Resolve(ctx => ctx.Source.Entity.Credit);
        Field<StringGraphType>("license").Resolve(ctx => ctx.Source.Entity.License);
        Field<DateTimeOffsetGraphType>("rightsExpireAt").Resolve(ctx => ctx.Source.Entity.RightsExpireAt);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Variant.Title);
        Field<StringGraphType>("altText").Resolve(ctx => ctx.Source.Variant.AltText);
        Field<StringGraphType>("caption").Resolve(ctx => ctx.Source.Variant.Caption);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(ctx => ctx.Source.Entity.Tags);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PillarType>>>>("pillars")
            .Description("The asset's pillars in the editor's order, those with content in the chain.")
            .Resolve(ctx => ctx.LoadAssetPillars(ctx.Source.Entity.Id, ctx.Source.Chain));
    }
}
