using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Brands;
using BrandContent.Translation;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Translation;

public static class GlossaryFields
{
    public static void AddGlossaryQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GlossaryTermType>>>>("glossary")
            .Description("A brand's term base.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var brand = await db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await db.GlossaryTerms.Where(t => t.BrandId == brand.Id).OrderBy(t => t.Term).ToListAsync(ctx.CancellationToken);
            });

    public static void AddGlossaryMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<GlossaryTermType>>("upsertGlossaryTerm")
            .Description("Adds or replaces a term of a brand's glossary (matched by the source term).")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<StringGraphType>>("term", "The term as written in the brand's source locale.")
            .Argument<BooleanGraphType>("doNotTranslate", "Names and labels kept as they are (Gia Lai, OCOP).", a => a.DefaultValue = false)
            .Argument<ListGraphType<NonNullGraphType<TermTranslationInputType>>>("translations", "Approved translation per locale.")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                var translations = (ctx.GetArgument<List<KeyValuePair<string, string>>?>("translations") ?? [])
                    .GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Last().Value);
                return await delivery.Db.UpsertGlossaryTermAsync(
                    brand.Id, ctx.GetArgument<string>("term"), ctx.GetArgument<bool>("doNotTranslate"), translations, ctx.GetArgument<string?>("note"),
                    ctx.Edit("upsertGlossaryTerm"), delivery.Now, ctx.CancellationToken);
            });
}
