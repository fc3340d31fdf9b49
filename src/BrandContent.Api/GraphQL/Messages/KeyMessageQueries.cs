using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Localization;
using BrandContent.Api.GraphQL.Partners;
using BrandContent.Markets;
using BrandContent.Messages;
using BrandContent.Pillars;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Messages;

public static class KeyMessageQueries
{
    public static void AddKeyMessageQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KeyMessageType>>>>("keyMessages")
            .Description("A brand's published key messages valid on a day (today by default), most important first. "
                + "`market` both narrows the messages and sets the locale chain.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<StringGraphType>("audience", "Audience code (TOURISTS, INVESTORS…).")
            .Argument<StringGraphType>("pillar", "Pillar key.")
            .Argument<DateOnlyGraphType>("validOn", "The day the messages must be valid on; today when absent.")
            .WithLocaleArguments()
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var (brand, chain) = await ctx.BrandInChainAsync();
                var audience = ctx.GetArgument<string?>("audience") is { } given ? AudienceCode.Normalize(given) : null;
                if (audience is not null && !await delivery.Db.Audiences.AnyAsync(a => a.Code == audience, ctx.CancellationToken))
                {
                    throw new BrandContentException(ErrorCode.AudienceNotFound, audience);
                }

                var pillar = ctx.GetArgument<string?>("pillar");
                var filter = new KeyMessageFilter(
                    brand.Id,
                    chain,
                    ctx.GetArgument<string?>("market") is { } market ? MarketCode.Normalize(market) : null,
                    audience,
                    pillar is null ? null : await delivery.Db.GetPillarIdAsync(brand.Id, pillar, ctx.CancellationToken),
                    ctx.GetArgument<DateOnly?>("validOn") ?? DateOnly.FromDateTime(delivery.Now.UtcDateTime),
                    ctx.Caller().MessageAudiences);
                var messages = await delivery.Db.ListKeyMessagesAsync(filter, delivery.Now, ctx.CancellationToken);
                await ctx.CountKeyMessagesReadAsync(brand);
                return messages;
            });
    }
}
