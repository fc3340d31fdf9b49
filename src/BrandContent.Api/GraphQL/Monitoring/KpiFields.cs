using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Input;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Kpis;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Monitoring;

/// <summary>A brand's indicators: their definitions (rows, written by editors) and their figures for a year.</summary>
public static class KpiFields
{
    public static void AddKpiQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiType>>>>("kpis")
            .Description("The brand's indicators for a year (those defined for it), by code: value so far, target, status, the definition and the months.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Argument<StringGraphType>("locale", "Locale of names and definitions; the brand's source locale when absent or missing.")
            .Resolve()
            .WithService<KpiEvaluator>()
            .ResolveAsync(async (ctx, evaluator) =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                var year = ctx.GetArgument<int>("year");
                if (year < KpiRules.MinYear || year > delivery.Now.Year + 1)
                {
                    throw new ValidationFailedException([new FieldProblem("year", ValidationRule.Range, KpiRules.MinYear, delivery.Now.Year + 1, year)]);
                }

                return await evaluator.EvaluateAsync(brand.Id, year, ctx.GetArgument<string?>("locale") ?? brand.SourceLocale, ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiDefinitionType>>>>("kpiDefinitions")
            .Description("Every indicator defined for the brand, by code and first year.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var brand = await db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await db.KpiDefinitions.Where(k => k.BrandId == brand.Id).OrderBy(k => k.Code).ThenBy(k => k.FromYear).ToListAsync(ctx.CancellationToken);
            });
    }

    public static void AddKpiMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<KpiDefinitionType>>("defineKpi")
            .Description("Adds an indicator to the brand: it shows in kpis for its years at once, no release needed.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<KpiDefinitionInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await delivery.Db.DefineKpiAsync(brand.Id, ctx.GetArgument<KpiDefinitionInput>("input"), ctx.Edit("defineKpi"), delivery.Now, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<KpiDefinitionType>>("updateKpi")
            .Description("Replaces an indicator's definition. With expectedVersion, a concurrent change is a CONFLICT.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .Argument<NonNullGraphType<KpiDefinitionInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var id = await InScopeAsync(ctx);
                return await delivery.Db.UpdateKpiAsync(id, ExpectedVersion(ctx), ctx.GetArgument<KpiDefinitionInput>("input"), ctx.Edit("updateKpi"), delivery.Now, ctx.CancellationToken);
            });

        mutation.Field<NonNullGraphType<UuidGraphType>>("removeKpi")
            .Description("Removes an indicator's definition (its figures are computed, so nothing else goes). Returns its id.")
            .Argument<NonNullGraphType<UuidGraphType>>("id")
            .Argument<LongGraphType>("expectedVersion")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var id = await InScopeAsync(ctx);
                return await delivery.Db.RemoveKpiAsync(id, ExpectedVersion(ctx), ctx.Edit("removeKpi"), delivery.Now, ctx.CancellationToken);
            });
    }

    /// <summary>The definition named by <c>id</c>, if it is of a brand the key covers (NOT_FOUND, OUT_OF_SCOPE otherwise).</summary>
    private static async Task<Guid> InScopeAsync(IResolveFieldContext ctx)
    {
        var id = ctx.GetArgument<Guid>("id");
        var brandId = await ctx.Delivery().Db.KpiBrandAsync(id, ctx.CancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, KpiEditing.AuditKind, id);
        return ctx.Caller().InBrands(brandId) ? id : throw new BrandContentException(ErrorCode.OutOfScope, "brand", brandId);
    }

    private static uint? ExpectedVersion(IResolveFieldContext ctx) => ctx.GetArgument<long?>("expectedVersion") is { } v ? (uint)v : null;
}
