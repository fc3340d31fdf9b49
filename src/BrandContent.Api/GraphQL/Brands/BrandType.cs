using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Brands;
using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Brands;

public sealed class BrandType : ObjectGraphType<Localized<Brand, BrandVariant>>
{
    public BrandType()
    {
        Name = "Brand";
        Description = "A destination (country, province, commune) and its identity.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<NonNullGraphType<StringGraphType>>("slug").Resolve(ctx => ctx.Source.Entity.Slug);
        Field<NonNullGraphType<EnumerationGraphType<BrandLevel>>>("level").Resolve(ctx => ctx.Source.Entity.Level);
        Field<NonNullGraphType<StringGraphType>>("sourceLocale").Description("The locale editors write in.").Resolve(ctx => ctx.Source.Entity.SourceLocale);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Variant.Name);
        Field<StringGraphType>("slogan").Resolve(ctx => ctx.Source.Variant.Slogan);
        Field<StringGraphType>("story").Description("The brand story, Markdown.").Resolve(ctx => ctx.Source.Variant.Story);
        Field<StringGraphType>("storyHtml").Description(MarkdownHtmlField.Description("story")).Resolve(ctx => MarkdownHtmlField.Render(ctx.Source.Variant.Story));
        Field<StringGraphType>("toneOfVoice").Resolve(ctx => ctx.Source.Variant.ToneOfVoice);
        Field<NonNullGraphType<UsageRulesType>>("usageRules").Resolve(ctx => ctx.Source.Variant);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrandColorType>>>>("colors").Resolve(ctx => ctx.Source.Entity.Colors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrandFontType>>>>("typography").Resolve(ctx => ctx.Source.Entity.Typography);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrandLogoType>>>>("logos")
            .Resolve(ctx => ctx.Source.Entity.Logos.Select(l => new LocalizedLogo(l, ctx.Source.Chain)).ToList());
        Field<BrandType>("parent").Description("The brand this one sits under (province → nation).")
            .Resolve(ctx => ctx.LoadBrand(ctx.Source.Entity.ParentId, ctx.Source.Chain));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrandType>>>>("children")
            .Resolve(ctx => ctx.LoadChildBrands(ctx.Source.Entity.Id, ctx.Source.Chain));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PillarType>>>>("pillars")
            .Resolve(ctx => ctx.LoadBrandPillars(ctx.Source.Entity.Id, ctx.Source.Chain));
    }
}
