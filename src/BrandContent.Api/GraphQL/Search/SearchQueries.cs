using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Pillars;
using BrandContent.Search;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.Search;

public static class SearchQueries
{
    public static void AddSearchQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Published stories, events, pillars, assets and (for partners and above) key messages of a brand whose text "
                + "in the locale served matches, best first. Vietnamese and French match without diacritics, English and French by stem, "
                + "Chinese, Japanese and Korean by any substring of two or more characters.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to look for: {SearchText.MinLength} to {SearchText.MaxLength} characters, plain text (no operators).")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug: a website searches its own brand.")
            .Argument<ListGraphType<NonNullGraphType<ContentKindType>>>("kinds", "Only these kinds; every kind the caller may read when absent.")
            .Argument<StringGraphType>("market", "A market code: its locale chain, and only key messages aimed at it.")
            .Argument<StringGraphType>("locale", "The locale wanted first (BCP 47).")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("locales", "The caller's own ordered fallback chain, tried after `locale`.")
            .Argument<StringGraphType>("pillar", "Only what belongs to this pillar (by key): its stories, assets, key messages and the pillar itself (events have no pillars).")
            .Argument<IntGraphType>("first", $"Page size, 1 to {SearchDelivery.MaxPageSize}.", a => a.DefaultValue = SearchDelivery.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page of the same search.")
            .ResolveAsync(async ctx =>
            {
                var text = SearchText.Parse(ctx.GetArgument<string>("text"));
                var after = ctx.GetArgument<string?>("after") is { } cursor ? SearchCursor.Decode(cursor, text) : null;
                var kinds = Kinds(ctx);
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                var pillar = ctx.GetArgument<string?>("pillar");
                var request = new SearchRequest(
                    text,
                    brand.Id,
                    chain,
                    kinds,
                    pillar is null ? null : await delivery.Db.GetPillarIdAsync(brand.Id, pillar, ctx.CancellationToken),
                    Markets(ctx),
                    ctx.GetArgument("first", SearchDelivery.DefaultPageSize),
                    after,
                    delivery.Now,
                    ctx.Caller().MessageAudiences);
                var options = ctx.RequestServices!.GetRequiredService<IOptions<SearchOptions>>().Value;
                var page = await delivery.Db.SearchAsync(request, options, ctx.CancellationToken);
                return Connections.Of(page.Hits, hit => hit.Cursor.Encode(), page.HasNextPage, after is not null);
            });
    }

    /// <summary>The kinds asked for, or every searchable kind the caller may read; key messages need a partner's permission.</summary>
    private static IReadOnlyCollection<ContentKind> Kinds(IResolveFieldContext ctx)
    {
        var caller = ctx.Caller();
        var messaging = caller.Can(Permission.ReadMessaging);
        if (ctx.GetArgument<List<ContentKind>?>("kinds") is not { } asked)
        {
            return SearchableKinds.All.Select(k => k.Kind).Where(k => messaging || k != ContentKind.KeyMessage).ToList();
        }

        foreach (var unsearchable in asked.Where(k => SearchableKinds.Of(k) is null))
        {
            throw new BrandContentException(ErrorCode.SearchKindNotSearchable, unsearchable.ToConstantCase());
        }

        if (!messaging && asked.Contains(ContentKind.KeyMessage))
        {
            throw new BrandContentException(ErrorCode.Forbidden, caller.Role.ToConstantCase(), "search(kinds: KEY_MESSAGE)");
        }

        return asked.Distinct().ToList();
    }

    /// <summary>The market asked for, else a market-scoped key's markets: what key messages must be aimed at.</summary>
    private static IReadOnlyList<string> Markets(IResolveFieldContext ctx) =>
        ctx.GetArgument<string?>("market") is { } market ? [MarketCode.Normalize(market)] : ctx.Caller().Markets.ToList();
}
