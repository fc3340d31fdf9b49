using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Schedule;

/// <summary>The schedule's operations as a client sends them.</summary>
public sealed class ScheduleCalls(GraphQLClient client)
{
    public const string SlotFields = "id postId channel market localTime timeZone dueAt state";
    public const string DistributionFields = "id slotId postId channel market locale externalId url postedAt markedBy markedAt";

    public Task<GraphQLResponse> ScheduleAsync(Guid post, params object[] slots) =>
        client.QueryAsync(
            $"mutation($p: ID!, $s: [PostSlotInput!]!) {{ schedulePost(post: $p, slots: $s) {{ {SlotFields} }} }}",
            new { p = post, s = slots });

    public async Task<JsonElement[]> ScheduleOkAsync(Guid post, params object[] slots) =>
        [.. (await ScheduleAsync(post, slots)).Ok().GetProperty("schedulePost").EnumerateArray()];

    public static object Slot(string channel, string market, string localTime) => new { channel, market, localTime };

    public Task<GraphQLResponse> FeedAsync(string channel, string market, object window, int first = 50, string? after = null, string? brand = null) =>
        client.QueryAsync(
            $$"""
            query($c: String!, $m: String!, $b: String, $from: DateTimeOffset, $to: DateTimeOffset, $day: DateOnly, $first: Int, $after: String) {
              socialSchedule(channel: $c, market: $m, brand: $b, from: $from, to: $to, day: $day, first: $first, after: $after) {
                from to
                edges { cursor node { slot { {{SlotFields}} } postId headline locale isFallback media { id url kind } post { id text hashtags locale } } }
                blocked { slot { {{SlotFields}} } reason }
                pageInfo { hasNextPage endCursor }
              }
            }
            """,
            Variables(channel, market, window, first, after, brand));

    public async Task<JsonElement> FeedOkAsync(string channel, string market, object window, int first = 50, string? after = null, string? brand = null) =>
        (await FeedAsync(channel, market, window, first, after, brand)).Ok().GetProperty("socialSchedule");

    public Task<GraphQLResponse> MarkPostedAsync(Guid slot, string externalId, string url, DateTimeOffset postedAt) =>
        client.QueryAsync(
            $"mutation($s: ID!, $e: String!, $u: String!, $p: DateTimeOffset!) {{ markPosted(slotId: $s, externalId: $e, url: $u, postedAt: $p) {{ {DistributionFields} }} }}",
            new { s = slot, e = externalId, u = url, p = postedAt });

    public async Task<JsonElement[]> LogAsync(string brand, string? channel = null, string? market = null, int first = 50)
    {
        var log = (await client.QueryAsync(
            $"query($b: String!, $c: String, $m: String, $f: Int) {{ distributionLog(brand: $b, channel: $c, market: $m, first: $f) {{ edges {{ node {{ {DistributionFields} }} }} }} }}",
            new { b = brand, c = channel, m = market, f = first })).Ok().GetProperty("distributionLog");
        return [.. log.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];
    }

    private static Dictionary<string, object?> Variables(string channel, string market, object window, int first, string? after, string? brand)
    {
        var variables = new Dictionary<string, object?> { ["c"] = channel, ["m"] = market, ["first"] = first, ["after"] = after, ["b"] = brand };
        foreach (var property in window.GetType().GetProperties())
        {
            variables[property.Name] = property.GetValue(window);
        }

        return variables;
    }
}
