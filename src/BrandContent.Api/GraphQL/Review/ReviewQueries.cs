using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Review;

public static class ReviewQueries
{
    private const int MaxItems = 500;

    public static void AddReviewQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewItemType>>>>("reviewQueue")
            .Description("What waits for a reviewer (IN_REVIEW, then APPROVED and not yet published), the longest-waiting first. "
                + "Without brand or locale: every brand and locale the key may reach.")
            .Argument<StringGraphType>("brand", "Brand slug.")
            .Argument<StringGraphType>("locale", "Only this locale.")
            .Argument<IntGraphType>("first", $"At most this many items (1-{MaxItems}).", a => a.DefaultValue = 50)
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument("first", 50);
                if (first is < 1 or > MaxItems)
                {
                    throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxItems);
                }

                var db = ctx.Delivery().Db;
                var caller = ctx.Caller();
                var brands = ctx.GetArgument<string?>("brand") is { } slug
                    ? BrandSelection.Only((await db.GetBrandAsync(slug, ctx.CancellationToken)).Id)
                    : caller.Brands;
                IReadOnlyCollection<string>? locales = ctx.GetArgument<string?>("locale") is { } locale
                    ? [LocaleTag.Normalize(locale)]
                    : caller.Locales.Count > 0 ? caller.Locales : null;
                var waiting = new List<(LocalizedKind Kind, AwaitingReview Item)>();
                foreach (var kind in LocalizedKinds.All)
                {
                    waiting.AddRange((await kind.AwaitingReviewAsync(db, brands, locales, ctx.CancellationToken)).Select(w => (kind, w)));
                }

                var brandIds = waiting.Select(w => w.Item.BrandId).Distinct().ToArray();
                var slugs = await db.Brands.Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Slug, ctx.CancellationToken);
                return waiting
                    .OrderBy(w => w.Item.Variant.Status).ThenBy(w => w.Item.Variant.UpdatedAt).ThenBy(w => w.Item.Variant.OwnerId)
                    .Take(first)
                    .Select(w => new ReviewItem(w.Kind, w.Item.Variant, slugs[w.Item.BrandId]))
                    .ToList();
            });

        query.Field<LiveVariantType>("liveVariant")
            .Description("The live copy of a variant, what publishing last copied from the working copy; null when it is not published.")
            .WithVariantTarget()
            .ResolveAsync(async ctx =>
                await ctx.Kind().LiveVariantAsync(ctx.Delivery().Db, ctx.EntityId(), ctx.Locale(), ctx.CancellationToken) is { } live
                    ? new LiveVariant(ctx.Kind(), live)
                    : null);
    }
}
