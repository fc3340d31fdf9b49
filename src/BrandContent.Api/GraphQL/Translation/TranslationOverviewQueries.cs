using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Translation;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Translation;

public sealed class MarketTranslationCoverageType : ObjectGraphType<MarketTranslationCoverage>
{
    public MarketTranslationCoverageType()
    {
        Name = "MarketTranslationCoverage";
        Description = "A market's first locale by translation state, and what its readers are served now.";
        Field(c => c.Market).Description("Market code.");
        Field(c => c.Locale).Description("The market's first locale: the one its translations are counted in.");
        Field(c => c.Total).Description("Items of the brand (entities of every kind).");
        Field(c => c.Published);
        Field(c => c.InReview);
        Field(c => c.Approved);
        Field(c => c.Draft);
        Field(c => c.Outdated);
        Field(c => c.Missing);
        Field(c => c.ServedInLocale).Description("Items its readers get in the market's first locale.");
        Field(c => c.ServedInFallback).Description("Items its readers get in a later locale of the chain or the source.");
        Field(c => c.NotServed).Description("Items with nothing live in the chain.");
    }
}

public sealed class TranslationOverviewType : ObjectGraphType<TranslationOverview>
{
    public TranslationOverviewType()
    {
        Name = "TranslationOverview";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarketTranslationCoverageType>>>>("markets").Resolve(ctx => ctx.Source.Markets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationItemType>>>>("inReview")
            .Description("Variants in review in the markets' locales, the longest-waiting first.")
            .Argument<IntGraphType>("first", "At most this many (1-500).", a => a.DefaultValue = 50)
            .Resolve(ctx =>
            {
                var first = ctx.GetArgument("first", 50);
                return first is < 1 or > 500
                    ? throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, 500)
                    : ctx.Source.InReview.Take(first).ToList();
            });
    }
}

public static class TranslationOverviewQueries
{
    public static void AddTranslationOverviewQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<TranslationOverviewType>>("translationOverview")
            .Description("A brand's translation coverage in every market the key reaches, and what waits for review: the studio's overview.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var brand = await delivery.Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                var caller = ctx.Caller();
                var markets = (await delivery.Db.Markets.Unarchived().OrderBy(m => m.Code).ToListAsync(ctx.CancellationToken))
                    .Where(m => caller.InMarkets(m.Code)).ToList();
                return await delivery.Db.TranslationOverviewAsync(brand, markets, delivery.Now, ctx.CancellationToken);
            });
}
