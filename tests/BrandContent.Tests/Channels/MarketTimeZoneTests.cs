using System.Text.Json;
using BrandContent.Markets;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Channels;

/// <summary>Markets carry an IANA time zone, checked against the tz database, and the channels serving them.</summary>
public sealed class MarketTimeZoneTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private async Task<JsonElement> OkAsync(string query, object? variables = null) => (await app.GraphQL().QueryAsync(query, variables)).Ok();

    [Fact]
    public async Task A_market_takes_an_IANA_zone_keeps_it_on_update_and_gets_Vietnam_time_by_default()
    {
        var created = await OkAsync("mutation { createMarket(input: { code: \"DE\", localeChain: [\"en\"], timeZone: \" Europe/Berlin \" }) { code timeZone } }");
        Assert.Equal("Europe/Berlin", created.GetProperty("createMarket").GetProperty("timeZone").GetString());

        var kept = await OkAsync("mutation { updateMarket(input: { code: \"DE\", localeChain: [\"en\"] }) { timeZone } }");
        Assert.Equal("Europe/Berlin", kept.GetProperty("updateMarket").GetProperty("timeZone").GetString());

        var legacy = await OkAsync("mutation { createMarket(input: { code: \"AU\", localeChain: [\"en\"] }) { timeZone } }");
        Assert.Equal(MarketTimeZone.Default, legacy.GetProperty("createMarket").GetProperty("timeZone").GetString());
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("UTC+7")]
    [InlineData("GMT+07:00")]
    [InlineData("asia/seoul ; DROP TABLE")]
    [InlineData(" ")]
    public async Task An_unknown_time_zone_is_refused_naming_the_field(string zone)
    {
        var response = await app.GraphQL().QueryAsync("mutation($z: String) { updateMarket(input: { code: \"KR\", localeChain: [\"ko\", \"en\"], timeZone: $z }) { timeZone } }", new { z = zone });
        var problem = Assert.Single(XliffFiles.Problems(response));
        Assert.Equal(("timeZone", "TIME_ZONE"), (problem.Field, problem.Rule));
        Assert.Contains("Asia/Ho_Chi_Minh", problem.Message);
        Assert.Equal("Asia/Seoul", (await OkAsync("{ market(code: \"KR\") { timeZone } }")).GetProperty("market").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task A_markets_channels_are_the_channels_serving_it_and_updateMarket_can_set_them()
    {
        await OkAsync("mutation { createMarket(input: { code: \"TH\", localeChain: [\"en\"], timeZone: \"Asia/Bangkok\", channels: [\"LINE\", \"facebook\"] }) { code } }");
        var th = await OkAsync("{ market(code: \"TH\") { channels } line: channel(code: \"line\") { markets } }");
        Assert.Equal(["facebook", "line"], th.GetProperty("market").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("TH", th.GetProperty("line").GetProperty("markets").EnumerateArray().Select(m => m.GetString()));

        await OkAsync("mutation { updateMarket(input: { code: \"TH\", localeChain: [\"en\"], channels: [\"tiktok\"] }) { code } }");
        Assert.Equal(["tiktok"], (await OkAsync("{ market(code: \"TH\") { channels } }")).GetProperty("market").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        await OkAsync("mutation { updateMarket(input: { code: \"TH\", localeChain: [\"en\"] }) { code } }");
        Assert.Equal(["tiktok"], (await OkAsync("{ market(code: \"TH\") { channels } }")).GetProperty("market").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));

        var unknown = await app.GraphQL().QueryAsync("mutation { updateMarket(input: { code: \"TH\", localeChain: [\"en\"], channels: [\"myspace\"] }) { code } }");
        Assert.Equal([("channels", "REFERENCE")], XliffFiles.Problems(unknown).Select(p => (p.Field, p.Rule)));
    }
}
