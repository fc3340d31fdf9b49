using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Brands;
using BrandContent.Markets;
using BrandContent.Monitoring;
using BrandContent.Schedule;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Monitoring;

/// <summary>Media monitoring: a brand's mentions, recorded one by one or imported from a monitoring tool's CSV export.</summary>
public static class MentionFields
{
    public static void AddMentionQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<MentionType>>>("mentions")
            .Description("A brand's media mentions, newest first; a market-scoped key sees only its markets.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<DateTimeOffsetGraphType>("from", "Published at or after this instant.")
            .Argument<DateTimeOffsetGraphType>("to", "Published before this instant.")
            .Argument<StringGraphType>("market", "Only this market.")
            .Argument<SentimentType>("sentiment", "Only this sentiment.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {MentionLog.MaxPageSize}.", a => a.DefaultValue = MentionLog.DefaultPageSize)
            .Argument<StringGraphType>("after", "`pageInfo.endCursor` of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Delivery().Db;
                var brand = await db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                var filter = new MentionFilter(
                    brand.Id, ctx.GetArgument<DateTimeOffset?>("from"), ctx.GetArgument<DateTimeOffset?>("to"),
                    ctx.GetArgument<string?>("market") is { } market ? MarketCode.Normalize(market) : null,
                    ctx.GetArgument<Sentiment?>("sentiment"), ctx.Caller().Markets);
                var after = ctx.GetArgument<string?>("after") is { } cursor ? SlotCursor.Decode(cursor) : null;
                var page = await db.PageMentionsAsync(filter, ctx.GetArgument("first", MentionLog.DefaultPageSize), after, ctx.CancellationToken);
                var views = await ViewsAsync(db, page.Items, ctx.CancellationToken);
                return Connections.Of(views, v => new SlotCursor(v.Mention.PublishedAt, v.Mention.Id).Encode(), page.HasNextPage, after is not null, page.TotalCount);
            });

    public static void AddMentionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MentionType>>("recordMention")
            .Description("Records one mention of the brand (and of alsoBrands, when the coverage is about several). A URL already recorded is refused.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("alsoBrands", "Slugs of other brands the coverage is about (within the key's brands).")
            .Argument<NonNullGraphType<MentionInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var delivery = ctx.Delivery();
                var caller = ctx.Caller();
                var slugs = (ctx.GetArgument<List<string>?>("alsoBrands") ?? []).Prepend(ctx.GetArgument<string>("brand")).Select(BrandSlug.Normalize).Distinct().ToList();
                var brandIds = new List<Guid>();
                foreach (var slug in slugs)
                {
                    // Another brand than the key's is refused before anything is looked at.
                    var brand = caller.InBrands(slug) ? await delivery.Db.GetBrandAsync(slug, ctx.CancellationToken) : throw new BrandContentException(ErrorCode.OutOfScope, "brand", slug);
                    brandIds.Add(brand.Id);
                }

                var mention = await delivery.Db.RecordMentionAsync(brandIds, ctx.GetArgument<MentionInput>("input"), ctx.Edit("recordMention"), delivery.Now, ctx.CancellationToken);
                return (await ViewsAsync(delivery.Db, [mention], ctx.CancellationToken))[0];
            });

        mutation.Field<NonNullGraphType<IntGraphType>>("importMentions")
            .Description("Imports a monitoring tool's CSV export (header: date, outlet, url, country, language, reach, sentiment, headline, in any order "
                + "and case; other columns ignored) as mentions of the brand, all or nothing: any problem, and nothing is saved; VALIDATION_FAILED "
                + "lists every problem with its line. Returns the number of mentions imported.")
            .Argument<NonNullGraphType<StringGraphType>>("brand", "Brand slug.")
            .Argument<NonNullGraphType<StringGraphType>>("csv", "The file's text (UTF-8).")
            .Resolve()
            .WithService<MentionImport>()
            .ResolveAsync(async (ctx, import) =>
            {
                var brand = await ctx.Delivery().Db.GetBrandAsync(ctx.GetArgument<string>("brand"), ctx.CancellationToken);
                return await import.ImportAsync(brand.Id, ctx.GetArgument<string>("csv"), ctx.Edit("importMentions"), ctx.CancellationToken);
            });
    }

    /// <summary>The mentions with their brands' slugs and pillars' keys: two statements for a whole page.</summary>
    private static async Task<List<MentionView>> ViewsAsync(Storage.BrandContentDb db, IReadOnlyList<Mention> mentions, CancellationToken ct)
    {
        var brandIds = mentions.SelectMany(m => m.BrandIds).Distinct().ToList();
        var pillarIds = mentions.SelectMany(m => m.PillarIds).Distinct().ToList();
        var slugs = await db.Brands.Where(b => brandIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Slug, ct);
        var keys = pillarIds.Count == 0 ? [] : await db.Pillars.Where(p => pillarIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Key, ct);
        return [.. mentions.Select(m => new MentionView(
            m, [.. m.BrandIds.Where(slugs.ContainsKey).Select(id => slugs[id])], [.. m.PillarIds.Where(keys.ContainsKey).Select(id => keys[id])]))];
    }
}
