using BrandContent.Localization;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Markets;

public static class NameField
{
    /// <summary>A <c>name(locale)</c> field over a per-locale dictionary, falling back to English, then Vietnamese.</summary>
    public static void AddNameField<T>(this ObjectGraphType<T> type, Func<T, Dictionary<string, string>> names)
    {
        type.Field<NonNullGraphType<StringGraphType>>("name")
            .Argument<StringGraphType>("locale", "BCP 47 tag; English when absent or unknown.")
            .Resolve(ctx =>
            {
                var locale = ctx.GetArgument<string?>("locale");
                return names(ctx.Source).NameIn(locale is null ? [] : [LocaleTag.Normalize(locale)]);
            });
    }
}
