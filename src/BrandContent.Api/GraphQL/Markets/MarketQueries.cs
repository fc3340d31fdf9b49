using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Editing;
using BrandContent.Markets;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Markets;

public static class MarketQueries
{
    public static void AddMarketQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocaleType>>>>("locales")
            .Description("Every locale content can be written in.")
            .ResolveAsync(async ctx => await ctx.CoveringAll().Delivery().Db.Locales.Unarchived().OrderBy(l => l.Tag).ToListAsync(ctx.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarketType>>>>("markets")
            .Description("Every target market with its locale chain.")
            .ResolveAsync(async ctx => await ctx.CoveringAll().Delivery().Db.Markets.Unarchived().OrderBy(m => m.Code).ToListAsync(ctx.CancellationToken));
        query.Field<MarketType>("market")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async ctx =>
            {
                ctx.Answer().CoversAll();
                var code = MarketCode.Normalize(ctx.GetArgument<string>("code"));
                return await ctx.Delivery().Db.Markets.Unarchived().FirstOrDefaultAsync(m => m.Code == code, ctx.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudienceType>>>>("audiences")
            .ResolveAsync(async ctx => await ctx.CoveringAll().Delivery().Db.Audiences.OrderBy(a => a.Code).ToListAsync(ctx.CancellationToken));
    }
}
