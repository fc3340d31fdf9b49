using BrandContent.Api.GraphQL.Channels;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Markets;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Markets;

public sealed class MarketType : ObjectGraphType<Market>
{
    public MarketType()
    {
        Name = "Market";
        Description = "A country or region a brand speaks to, with its ordered locale chain.";
        Field(m => m.Code).Description("Market code (`KR`, `JP`, `US`…).");
        this.AddNameField(m => m.Names);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("localeChain")
            .Description("Locales tried in order when content is read for this market.")
            .Resolve(ctx => ctx.Source.LocaleChain);
        Field(m => m.TimeZone).Description("IANA time zone the market's schedules are written in (`Asia/Seoul`).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("channels")
            .Description("Codes of the channels that serve this market (not archived), from each channel's `markets`.")
            .Resolve(ctx => ctx.ChannelsServing(ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AudienceType>>>>("audiences")
            .Resolve(ctx =>
            {
                // Audiences are a handful of reference rows: one statement loads them all for every market.
                var delivery = ctx.Delivery();
                return delivery.Load<string, Dictionary<string, Audience>>("audiences", "*", async (_, ct) =>
                        new Dictionary<string, Dictionary<string, Audience>>
                        {
                            ["*"] = await delivery.Db.Audiences.ToDictionaryAsync(a => a.Code, ct),
                        })
                    .Then(all => ctx.Source.Audiences.Where(all!.ContainsKey).Select(code => all![code]).ToList());
            });
    }
}
