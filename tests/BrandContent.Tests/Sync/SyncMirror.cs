using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Sync;

/// <summary>A client's mirror as the README tells it to keep one: objects by (kind, id[, locale]), fed by sync pages.</summary>
public sealed class SyncMirror
{
    public const string Query = """
        query($b: String!, $m: String, $l: [String!], $t: String, $f: Int) {
          sync(brand: $b, market: $m, locales: $l, token: $t, first: $f) {
            upserts { kind id locale node { __typename
              ... on Story { id title locale isFallback }
              ... on Pillar { id name locale isFallback }
              ... on Event { id name locale isFallback }
              ... on Asset { id title locale isFallback }
              ... on KeyMessage { id headline locale isFallback }
              ... on Brand { id name locale isFallback } } }
            tombstones { kind id locale }
            nextToken hasMore
          }
        }
        """;

    public Dictionary<string, string> Objects { get; } = [];

    public string? Token { get; private set; }

    /// <summary>The pages of the last <see cref="SyncAsync"/>, as the server answered them.</summary>
    public List<JsonElement> Pages { get; } = [];

    public static string Key(JsonElement entry) =>
        $"{entry.GetProperty("kind").GetString()}:{entry.GetProperty("id").GetString()}:{(entry.GetProperty("locale").ValueKind == JsonValueKind.Null ? "" : entry.GetProperty("locale").GetString())}";

    public static Task<GraphQLResponse> PageAsync(GraphQLClient client, string brand, string? market, string[]? locales, string? token, int? first = null) =>
        client.QueryAsync(Query, new { b = brand, m = market, l = locales, t = token, f = first });

    /// <summary>Pages until hasMore is false, applying each page; keeps the last nextToken.</summary>
    public async Task SyncAsync(GraphQLClient client, string brand, string? market = null, string[]? locales = null, int first = 50)
    {
        Pages.Clear();
        do
        {
            var page = (await PageAsync(client, brand, market, locales, Token, first)).Ok().GetProperty("sync");
            Pages.Add(page);
            foreach (var upsert in page.GetProperty("upserts").EnumerateArray())
            {
                Objects[Key(upsert)] = upsert.GetProperty("node").GetRawText();
            }

            foreach (var tombstone in page.GetProperty("tombstones").EnumerateArray())
            {
                Objects.Remove(Key(tombstone));
            }

            Token = page.GetProperty("nextToken").GetString();
        }
        while (Pages[^1].GetProperty("hasMore").GetBoolean());
    }

    public IEnumerable<JsonElement> Upserts => Pages.SelectMany(p => p.GetProperty("upserts").EnumerateArray());

    public IEnumerable<JsonElement> Tombstones => Pages.SelectMany(p => p.GetProperty("tombstones").EnumerateArray());

    /// <summary>Expected changes in the order <see cref="Changes"/> lists them.</summary>
    public static List<string> Sorted(params string[] changes) => [.. changes.Order(StringComparer.Ordinal)];

    /// <summary>Each change of the last sync as "UPSERT STORY id" / "DELETE ASSET id", sorted, for exact comparisons.</summary>
    public List<string> Changes() =>
        [.. Upserts.Select(u => $"UPSERT {Key(u)}").Concat(Tombstones.Select(t => $"DELETE {Key(t)}")).Order(StringComparer.Ordinal)];
}
