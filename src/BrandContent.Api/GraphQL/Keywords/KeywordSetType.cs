using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Keywords;
using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Keywords;

public sealed class KeywordSetType : ObjectGraphType<Localized<KeywordSet, KeywordSetVariant>>
{
    public KeywordSetType()
    {
        Name = "KeywordSet";
        Description = "A brand's keyword set (bộ từ khóa truyền thông): the keywords and hashtags its communicators use for a theme or pillar.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("markets")
            .Description("Market codes it is meant for; empty means every market.").Resolve(ctx => ctx.Source.Entity.Markets);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("name").Description("The theme, in the locale served.").Resolve(ctx => ctx.Source.Variant.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords")
            .Description("Search and SEO keywords, in order.").Resolve(ctx => ctx.Source.Variant.Keywords);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hashtags")
            .Description("Hashtags without their '#', in order.").Resolve(ctx => ctx.Source.Variant.Hashtags);
        Field<PillarType>("pillar").Resolve(ctx => ctx.LoadPillar(ctx.Source.Entity.PillarId, ctx.Source.Chain));
    }
}
