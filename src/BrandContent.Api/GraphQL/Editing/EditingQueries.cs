using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Publishing;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Editing;

public static class EditingQueries
{
    public static void AddEditingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EditableVariantType>>>>("variants")
            .Description("Every working variant of one entity, whatever its state (editors).")
            .WithVariantTarget(locale: false)
            .ResolveAsync(async ctx =>
            {
                var kind = ctx.Kind();
                var db = ctx.Delivery().Db;
                var owner = await kind.FindOwnerAsync(db, ctx.EntityId(), ctx.CancellationToken);
                var variants = await kind.WorkingVariantsAsync(db, [ctx.EntityId()], ctx.CancellationToken);
                var source = variants.FirstOrDefault(v => v.Locale == owner?.SourceLocale)?.Revision;
                return variants.OrderBy(v => v.Locale, StringComparer.Ordinal).Select(v => new EditableVariant(kind, v, source)).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VariantRevisionType>>>>("variantHistory")
            .Description("Who changed a variant, when and how, newest first; edits carry the full text of that revision.")
            .WithVariantTarget()
            .ResolveAsync(async ctx => await ctx.Delivery().Db.VariantHistoryAsync(ctx.Kind().Kind, ctx.EntityId(), ctx.Locale(), ctx.CancellationToken));
    }
}
