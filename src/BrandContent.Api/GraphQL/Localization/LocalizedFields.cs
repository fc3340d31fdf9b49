using BrandContent.Localization;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Localization;

/// <summary>The fields that tell a client which locale it got, on every localized type.</summary>
public static class LocalizedFields
{
    public static void AddLocalizationFields<TEntity, TVariant>(this ObjectGraphType<Localized<TEntity, TVariant>> type)
        where TVariant : Variant
    {
        type.Field<NonNullGraphType<StringGraphType>>("locale")
            .Description("The locale this object was served in.")
            .Resolve(ctx => ctx.Source.Locale);
        type.Field<NonNullGraphType<BooleanGraphType>>("isFallback")
            .Description("True when the first locale asked for had no published content and a later one of the chain was served.")
            .Resolve(ctx => ctx.Source.IsFallback);
    }
}
