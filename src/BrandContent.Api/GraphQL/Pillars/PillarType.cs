using BrandContent.Api.GraphQL.Input;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Localization;
using BrandContent.Pillars;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Pillars;

public sealed class PillarType : ObjectGraphType<Localized<Pillar, PillarVariant>>
{
    public PillarType()
    {
        Name = "Pillar";
        Description = "A story pillar: a theme the brand is built on.";
        Field<NonNullGraphType<UuidGraphType>>("id").Resolve(ctx => ctx.Source.Entity.Id);
        Field<NonNullGraphType<StringGraphType>>("key").Description("Locale-free handle, used by the `pillar` filter.").Resolve(ctx => ctx.Source.Entity.Key);
        Field<NonNullGraphType<IntGraphType>>("position").Resolve(ctx => ctx.Source.Entity.Position);
        this.AddLocalizationFields();
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Variant.Name);
        Field<StringGraphType>("description").Resolve(ctx => ctx.Source.Variant.Description);
    }
}
