using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Translation;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public static class TranslationWorkspaceFields
{
    public static void AddTranslationWorkspaceQuery(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<TranslationWorkspaceType>>("translationWorkspace")
            .Description("One item to translate into one locale: source now and as translated, translation, field and channel limits, glossary terms used.")
            .WithVariantTarget()
            .ResolveAsync(async ctx => await ctx.Delivery().Db.TranslationWorkspaceAsync(ctx.Kind(), ctx.EntityId(), ctx.Locale(), ctx.CancellationToken));
}
