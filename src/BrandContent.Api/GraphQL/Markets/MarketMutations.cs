using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Translation;
using BrandContent.Markets;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.Markets;

public sealed class LocaleInputType : InputObjectGraphType<LocaleInput>
{
    public LocaleInputType()
    {
        Name = "LocaleInput";
        Field<NonNullGraphType<StringGraphType>>("tag").Description("Any well-formed BCP 47 tag (en-GB, zh-Hant-TW…).");
        Field<NonNullGraphType<StringGraphType>>("name").Description("English name.");
        Field<NonNullGraphType<StringGraphType>>("nativeName");
    }
}

public sealed class MarketInputType : InputObjectGraphType<MarketInput>
{
    public MarketInputType()
    {
        Name = "MarketInput";
        Field<NonNullGraphType<StringGraphType>>("code");
        Field<ListGraphType<NonNullGraphType<TermTranslationInputType>>>("names").Description("The market's name per locale.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("localeChain").Description("Registered locales, in the order readers are served.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("audiences");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("channels")
            .Description("Codes of the channels that serve this market (they gain it; others lose it); absent: unchanged.");
        Field<StringGraphType>("timeZone")
            .Description("IANA time zone its schedules are written in (Asia/Seoul); absent: Asia/Ho_Chi_Minh for a new market, unchanged on update.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new MarketInput(
        (string)value["code"]!,
        (value.TryGetValue("names", out var names) ? names as IEnumerable<object?> ?? [] : [])
            .Cast<KeyValuePair<string, string>>().GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        Strings(value, "localeChain"),
        Strings(value, "audiences"),
        value.TryGetValue("channels", out var channels) && channels is IEnumerable<object?> codes ? codes.Cast<string>().ToList() : null,
        value.TryGetValue("timeZone", out var zone) ? zone as string : null);

    private static List<string> Strings(IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var list) && list is IEnumerable<object?> items ? items.Cast<string>().ToList() : [];
}

public static class MarketMutations
{
    public static void AddMarketMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LocaleType>>("archiveLocale")
            .Description("Stops a locale taking new variants (archived: false brings it back); existing variants keep their history.")
            .Argument<NonNullGraphType<StringGraphType>>("tag")
            .Argument<BooleanGraphType>("archived", a => a.DefaultValue = true)
            .ResolveAsync(async ctx => await ctx.Delivery().Db.ArchiveLocaleAsync(
                ctx.GetArgument<string>("tag"), ctx.GetArgument("archived", true), ctx.Edit("archiveLocale"), ctx.Delivery().Now, ctx.CancellationToken));
        mutation.Field<NonNullGraphType<MarketType>>("archiveMarket")
            .Description("Stops offering a market to readers (archived: false brings it back).")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<BooleanGraphType>("archived", a => a.DefaultValue = true)
            .ResolveAsync(async ctx => await ctx.Delivery().Db.ArchiveMarketAsync(
                ctx.GetArgument<string>("code"), ctx.GetArgument("archived", true), ctx.Edit("archiveMarket"), ctx.Delivery().Now, ctx.CancellationToken));

        foreach (var create in new[] { true, false })
        {
            var localeName = create ? "createLocale" : "updateLocale";
            mutation.Field<NonNullGraphType<LocaleType>>(localeName)
                .Description(create ? "Registers a locale content can be written in." : "Renames a registered locale.")
                .Argument<NonNullGraphType<LocaleInputType>>("input")
                .ResolveAsync(async ctx => await ctx.Delivery().Db.SaveLocaleAsync(
                    ctx.GetArgument<LocaleInput>("input"), create, ctx.Edit(localeName), ctx.Delivery().Now, ctx.CancellationToken));

            var marketName = create ? "createMarket" : "updateMarket";
            mutation.Field<NonNullGraphType<MarketType>>(marketName)
                .Description(create ? "Adds a target market with its locale chain." : "Replaces a market's names, locale chain, audiences and channels.")
                .Argument<NonNullGraphType<MarketInputType>>("input")
                .ResolveAsync(async ctx => await ctx.Delivery().Db.SaveMarketAsync(
                    ctx.GetArgument<MarketInput>("input"), create, ctx.Edit(marketName), ctx.Delivery().Now, ctx.CancellationToken));
        }
    }
}
