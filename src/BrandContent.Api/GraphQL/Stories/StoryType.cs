using BrandContent.Api.GraphQL.Assets;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Pillars;
using BrandContent.Localization;
using BrandContent.Stories;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Stories;

public sealed class StoryType : ObjectGraphType<Localized<Story, StoryVariant>>
{
    public StoryType()
    {
        Name = "Story";
        Description = "A narrative about the destination, served in one locale of the chain.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(ctx => ctx.Source.Entity.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(ctx => ctx.Source.Entity.Tags);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Variant.Title);
        Field<NonNullGraphType<StringGraphType>>("slug").Description("The slug in the served locale.").Resolve(ctx => ctx.Source.Variant.Slug);
        Field<StringGraphType>("summary").Resolve(ctx => ctx.Source.Variant.Summary);
        Field<StringGraphType>("body").Description("Markdown.").Resolve(ctx => ctx.Source.Variant.Body);
        Field<StringGraphType>("bodyHtml").Description(MarkdownHtmlField.Description("body")).Resolve(ctx => MarkdownHtmlField.Render(ctx.Source.Variant.Body));
        Field<NonNullGraphType<SeoType>>("seo").Resolve(ctx => ctx.Source.Variant);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PillarType>>>>("pillars")
            .Resolve(ctx => ctx.LoadStoryPillars(ctx.Source.Entity.Id, ctx.Source.Chain));
        Field<AssetType>("heroAsset").Description("Null when its rights have expired.")
            .Resolve(ctx => ctx.LoadAsset(ctx.Source.Entity.HeroAssetId, ctx.Source.Chain));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryAlternateType>>>>("alternates")
            .Description("Every locale the story is published in, with its slug (for hreflang links).")
            .Resolve(ctx => ctx.LoadAlternates(ctx.Source.Entity.Id, ctx.Source.Chain));
    }
}

public sealed class SeoType : ObjectGraphType<StoryVariant>
{
    public SeoType()
    {
        Name = "Seo";
        Field<StringGraphType>("title").Resolve(ctx => ctx.Source.SeoTitle);
        Field<StringGraphType>("description").Resolve(ctx => ctx.Source.SeoDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Resolve(ctx => ctx.Source.SeoKeywords);
    }
}

public sealed class StoryAlternateType : ObjectGraphType<StoryAlternate>
{
    public StoryAlternateType()
    {
        Name = "StoryAlternate";
        Field(a => a.Locale);
        Field(a => a.Slug);
    }
}
