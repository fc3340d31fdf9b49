using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Translation;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Translation;

public static class TranslationQueries
{
    public static void AddTranslationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TranslationStatusType>>("translationStatus")
            .Description("Per kind and locale: missing, outdated, draft, in review, approved and published, with the items. "
                + "With `market`: its chain's locales and what its readers see in fallback.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<StringGraphType>("locale")
            .Argument<StringGraphType>("market")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                var market = ctx.GetArgument<string?>("market");
                var request = await delivery.Db.ResolveLocalesAsync(ctx.GetArgument<string?>("locale"), null, market, true, false, ctx.CancellationToken);
                IReadOnlyList<string> locales = request.Locales.Count > 0
                    ? request.Locales
                    : await delivery.Db.Locales.Where(l => l.Tag != brand.SourceLocale).OrderBy(l => l.Tag).Select(l => l.Tag).ToListAsync(ctx.CancellationToken);
                var items = await delivery.Db.TranslationItemsAsync(BrandSelection.Only(brand.Id), locales, ctx.CancellationToken);
                var coverage = market is null ? null : await delivery.Db.MarketCoverageAsync(brand.Id, request.ChainFor(brand.SourceLocale).Locales, delivery.Now, ctx.CancellationToken);
                return new TranslationStatus(locales, TranslationReport.Counts(items), coverage);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationItemType>>>>("translationQueue")
            .Description("What is missing or outdated in one locale, with the source text, the longest-waiting first.")
            .Argument<NonNullGraphType<StringGraphType>>("locale")
            .Argument<StringGraphType>("brand", "Brand slug; every brand when absent.")
            .Argument<IntGraphType>("first", "At most this many items (1-500).", a => a.DefaultValue = 50)
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var first = ctx.GetArgument("first", 50);
                if (first is < 1 or > 500)
                {
                    throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, 500);
                }

                // Without a brand, the brands the key may reach: chosen before paging, so a scoped key gets full pages.
                var brands = ctx.GetArgument<string?>("brand") is { } slug
                    ? BrandSelection.Only((await delivery.Db.GetBrandAsync(slug, ctx.CancellationToken)).Id)
                    : ctx.Caller().Brands;
                return (await delivery.Db.TranslationQueueAsync(ctx.GetArgument<string>("locale"), brands, ctx.CancellationToken)).Take(first).ToList();
            });
    }
}
