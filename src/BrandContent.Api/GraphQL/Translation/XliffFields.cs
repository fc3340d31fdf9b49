using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Translation.Xliff;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Translation;

public static class XliffFields
{
    public static void AddXliffQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<XliffDocumentType>>("xliffExport")
            .Description("The text to translate into a locale as an XLIFF 2.0 file, with the current translation as target where there is one. "
                + "Unit ids are KIND.entityId.field and stay the same in every export.")
            .Argument<NonNullGraphType<StringGraphType>>("locale", "The target locale (BCP 47); the brand's source locale is the file's srcLang.")
            .Argument<StringGraphType>("brand", "Brand slug; every brand when absent (they must share a source locale).")
            .Argument<XliffScopeType>("scope", "Which translations to include.", a => a.DefaultValue = XliffScope.MissingOrOutdated)
            .Argument<ListGraphType<NonNullGraphType<ContentKindType>>>("kinds", "Only these kinds of content; every kind when absent or empty.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var slug = ctx.GetArgument<string?>("brand");
                var brandId = slug is null ? (Guid?)null : (await db.GetBrandAsync(slug, ctx.CancellationToken)).Id;
                return await db.ExportXliffAsync(ctx.GetArgument<string>("locale"), brandId, ctx.GetArgument("scope", XliffScope.MissingOrOutdated), ctx.CancellationToken,
                    ctx.GetArgument<List<ContentKind>?>("kinds"));
            });

    public static void AddXliffMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<XliffImportReportType>>("importXliff")
            .Description("Writes the targets of an XLIFF 2.0 file as working translations (DRAFT), all or nothing: any problem, and "
                + "nothing is saved; VALIDATION_FAILED lists every problem with its line. Units without a target are ignored.")
            .Argument<NonNullGraphType<StringGraphType>>("content", "The XLIFF 2.0 document, as exported by xliffExport or written by another tool.")
            .Argument<BooleanGraphType>("submitForReview", "Also move each changed translation to IN_REVIEW.", a => a.DefaultValue = false)
            .Resolve()
            .WithService<XliffImport>()
            .ResolveAsync(async (ctx, import) =>
            {
                var caller = ctx.Caller();
                return await import.ImportAsync(
                    ctx.GetArgument<string>("content"), ctx.GetArgument<bool>("submitForReview"), ctx.Edit("importXliff"),
                    new XliffWriteScope(caller.Brands, caller.Locales), ctx.CancellationToken);
            });
}
