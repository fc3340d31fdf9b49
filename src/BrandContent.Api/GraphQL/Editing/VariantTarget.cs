using BrandContent.Api.GraphQL.Input;
using BrandContent.Editing;
using BrandContent.Localization;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Editing;

/// <summary>The arguments that name one variant: what kind of content, which entity, which locale.</summary>
public static class VariantTarget
{
    public static FieldBuilder<TSource, TReturn> WithVariantTarget<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, bool locale = true)
    {
        field.Argument<NonNullGraphType<ContentKindType>>("kind").Argument<NonNullGraphType<UuidGraphType>>("id", "The entity's id.");
        return locale ? field.Argument<NonNullGraphType<StringGraphType>>("locale", "BCP 47 tag of the variant.") : field;
    }

    public static FieldBuilder<TSource, TReturn> WithExpectedRevision<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<IntGraphType>("expectedRevision", "The revision you read; a different current revision is a CONFLICT.");

    public static LocalizedKind Kind(this IResolveFieldContext context) => LocalizedKinds.Of(context.GetArgument<ContentKind>("kind"));

    public static Guid EntityId(this IResolveFieldContext context) => context.GetArgument<Guid>("id");

    public static string Locale(this IResolveFieldContext context) => LocaleTag.Normalize(context.GetArgument<string>("locale"));
}
