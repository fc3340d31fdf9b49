using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Brands;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Markets;
using BrandContent.Api.GraphQL.Posts;
using BrandContent.Api.GraphQL.Stories;
using BrandContent.Clarifications;
using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Clarifications;

public sealed class ClarificationType : ObjectGraphType<Localized<Clarification, ClarificationVariant>>
{
    public ClarificationType()
    {
        Name = "Clarification";
        Description = "An official statement answering a false claim about the brand, for the markets it concerns, served in one locale of the chain. "
            + "The claim is plain text (show it as text, never as HTML); the facts are Markdown. Read through a brand it concerns whose owner the key "
            + "does not cover, it shows its own values and texts only: `brand` is null and `relatedStories` empty (the owner's other content stays in "
            + "the owner's scope).";
        Field<NonNullGraphType<Input.UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<BrandType>("brand").Description("The owning brand; null for a key that does not cover it.")
            .Resolve(ctx => ctx.Caller().InBrands(ctx.Source.Entity.BrandId) ? ctx.LoadBrand(ctx.Source.Entity.BrandId, ctx.Source.Chain) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrandType>>>>("concernedBrands")
            .Description("The other brands the clarification concerns besides its owner (it is listed for each), those the key covers.")
            .Resolve(ctx => ctx.LoadConcernedBrands(ctx.Source.Entity.ConcernedBrandIds, ctx.Source.Chain));
        Field<NonNullGraphType<SeverityType>>("severity").Resolve(ctx => ctx.Source.Entity.Severity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarketType>>>>("markets").Description("The markets concerned.")
            .Resolve(ctx => ctx.LoadMarkets(ctx.Source.Entity.Markets));
        Field<StringGraphType>("sourceUrl").Description("Where the claim was seen (as recorded; not a link to endorse).").Resolve(ctx => ctx.Source.Entity.SourceUrl);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("spreadOn").Description("Outlets and platforms the claim spread on.")
            .Resolve(ctx => ctx.Source.Entity.SpreadOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryType>>>>("relatedStories")
            .Description("Stories of the brand telling the facts, those published in the chain; none for a key that does not cover the owning brand.")
            .Resolve(ctx => ctx.LoadStories(ctx.Caller().InBrands(ctx.Source.Entity.BrandId) ? ctx.Source.Entity.RelatedStoryIds : [], ctx.Source.Chain));
        Field<DateTimeOffsetGraphType>("firstPublishedAt").Description("When the clarification first went out (in its source locale).")
            .Resolve(ctx => ctx.Source.Entity.FirstPublishedAt);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Variant.Title);
        Field<NonNullGraphType<StringGraphType>>("claim").Description("The false claim as quoted (plain text).").Resolve(ctx => ctx.Source.Variant.Claim);
        Field<NonNullGraphType<StringGraphType>>("facts").Description("The official facts, Markdown.").Resolve(ctx => ctx.Source.Variant.Facts);
        Field<NonNullGraphType<StringGraphType>>("factsHtml").Description(MarkdownHtmlField.Description("facts"))
            .Resolve(ctx => MarkdownHtmlField.Render(ctx.Source.Variant.Facts));
    }
}
