using System.Text.Json;
using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Events;
using BrandContent.Messages;
using BrandContent.Pillars;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Search;

/// <summary>Builders for searchable content with the texts a test needs, and the search request a client sends.</summary>
public static class SearchScene
{
    public const string Hits = """
        query($t: String!, $b: String!, $l: String, $ls: [String!], $m: String, $k: [ContentKind!], $p: String, $f: Int, $a: String) {
          search(text: $t, brand: $b, locale: $l, locales: $ls, market: $m, kinds: $k, pillar: $p, first: $f, after: $a) {
            edges { cursor kind locale snippet score node {
              __typename
              ... on Story { id title locale isFallback }
              ... on Event { id name locale isFallback }
              ... on KeyMessage { id headline locale isFallback }
              ... on Pillar { id key name locale isFallback }
              ... on Asset { id title locale isFallback }
            } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    public static Task<GraphQLResponse> SearchAsync(
        this GraphQLClient client, string text, Brand brand, string? locale = "vi", string? market = null, string[]? kinds = null,
        string? pillar = null, int? first = null, string? after = null, string[]? locales = null, string? acceptLanguage = null) =>
        client.QueryAsync(Hits, new { t = text, b = brand.Slug, l = locale, ls = locales, m = market, k = kinds, p = pillar, f = first, a = after }, acceptLanguage);

    public static IReadOnlyList<JsonElement> Edges(this GraphQLResponse response) =>
        response.Ok().GetProperty("search").GetProperty("edges").EnumerateArray().ToList();

    /// <summary>The ids of the nodes found, in order.</summary>
    public static IReadOnlyList<Guid> Found(this GraphQLResponse response) =>
        response.Edges().Select(e => e.GetProperty("node").GetProperty("id").GetGuid()).ToList();

    public static Story Story(Brand brand, params (V Locale, string Title, string? Body)[] texts)
    {
        var story = TestContent.Story(brand, $"s{Guid.NewGuid():N}"[..12], new DateOnly(2026, 3, 1));
        story.Variants = texts
            .SelectMany(t => t.Locale.Rows(new StoryVariant
            {
                StoryId = story.Id,
                BrandId = brand.Id,
                Title = t.Title,
                Slug = $"{story.Id:N}-{t.Locale.Locale}".ToLowerInvariant(),
                Body = t.Body,
            }))
            .ToList();
        return story;
    }

    public static Event Event(Brand brand, params (V Locale, string Name, string? Description)[] texts)
    {
        var @event = TestContent.Event(brand, new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 12));
        @event.Variants = texts.SelectMany(t => t.Locale.Rows(new EventVariant { Name = t.Name, Description = t.Description })).ToList();
        return @event;
    }

    public static KeyMessage KeyMessage(Brand brand, string[] markets, params (V Locale, string Headline, string? Body)[] texts) =>
        new()
        {
            BrandId = brand.Id,
            Markets = [.. markets],
            Variants = texts.SelectMany(t => t.Locale.Rows(new KeyMessageVariant { Headline = t.Headline, Body = t.Body })).ToList(),
        };

    public static Pillar Pillar(Brand brand, string key, params (V Locale, string Name, string? Description)[] texts)
    {
        var pillar = TestContent.Pillar(brand, key);
        pillar.Variants = texts.SelectMany(t => t.Locale.Rows(new PillarVariant { Name = t.Name, Description = t.Description })).ToList();
        return pillar;
    }

    public static Asset Asset(Brand brand, DateTimeOffset? rightsExpireAt, params (V Locale, string Title, string? Caption, string? AltText)[] texts)
    {
        var asset = TestContent.Asset(brand, rightsExpireAt);
        asset.Variants = texts.SelectMany(t => t.Locale.Rows(new AssetVariant { Title = t.Title, Caption = t.Caption, AltText = t.AltText })).ToList();
        return asset;
    }

    /// <summary>Saves a brand and its content, ready to be searched.</summary>
    public static async Task SaveAsync(this BrandContentApp app, Brand brand, params object[] content)
    {
        await app.ListeningAsync();
        await using var db = app.OpenDb();
        db.Add(brand);
        db.AddRange(content);
        await db.SaveChangesAsync();
    }
}
