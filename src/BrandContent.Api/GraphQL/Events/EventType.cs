using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Events;
using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Events;

public sealed class EventType : ObjectGraphType<Localized<Event, EventVariant>>
{
    public EventType()
    {
        Name = "Event";
        Description = "A festival or event of the brand.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Resolve(ctx => ctx.Source.Entity.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Resolve(ctx => ctx.Source.Entity.EndsOn);
        Field<NonNullGraphType<StringGraphType>>("place").Resolve(ctx => ctx.Source.Entity.Place);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Variant.Name);
        Field<StringGraphType>("description").Description("Markdown.").Resolve(ctx => ctx.Source.Variant.Description);
        Field<StringGraphType>("descriptionHtml").Description(MarkdownHtmlField.Description("description")).Resolve(ctx => MarkdownHtmlField.Render(ctx.Source.Variant.Description));
    }
}
