using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Channels;

/// <summary>The demo's channels with their platforms' rules and the demo markets' time zones, as a scheduler reads them.</summary>
public sealed class DemoChannelTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private async Task<JsonElement> OkAsync(string query) => (await app.GraphQL().QueryAsync(query)).Ok();

    [Fact]
    public async Task Demo_markets_have_their_time_zones_and_the_channels_that_serve_them()
    {
        var markets = (await OkAsync("{ markets { code timeZone channels } }")).GetProperty("markets").EnumerateArray()
            .ToDictionary(m => m.GetProperty("code").GetString()!);
        var zones = new Dictionary<string, string>
        {
            ["KR"] = "Asia/Seoul",
            ["JP"] = "Asia/Tokyo",
            ["CN"] = "Asia/Shanghai",
            ["US"] = "America/New_York",
            ["FR"] = "Europe/Paris",
            ["ASEAN"] = "Asia/Ho_Chi_Minh",
            ["VN"] = "Asia/Ho_Chi_Minh",
        };
        Assert.Equal(zones, markets.ToDictionary(m => m.Key, m => m.Value.GetProperty("timeZone").GetString()!));

        string[] Channels(string market) => markets[market].GetProperty("channels").EnumerateArray().Select(c => c.GetString()!).ToArray();
        Assert.Superset(new HashSet<string> { "naver-blog", "kakaotalk", "instagram", "youtube" }, Channels("KR").ToHashSet());
        Assert.Superset(new HashSet<string> { "line", "x" }, Channels("JP").ToHashSet());
        Assert.Superset(new HashSet<string> { "weibo", "wechat", "douyin", "xiaohongshu" }, Channels("CN").ToHashSet());
        Assert.Superset(new HashSet<string> { "zalo", "facebook", "commune-radio", "banner", "website" }, Channels("VN").ToHashSet());
        Assert.DoesNotContain("zalo", Channels("KR"));
    }

    [Fact]
    public async Task Demo_channels_carry_their_platforms_rules_and_localized_names()
    {
        var channels = (await OkAsync("""
            { channels { code kind ko: name(locale: "ko") vi: name(locale: "vi") markets
                rules { maxTextLength counting maxHashtags link media mediaKinds maxVideoSeconds maxReadingSeconds } } }
            """)).GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Superset(
            new HashSet<string> { "facebook", "youtube", "x", "zalo", "naver-blog", "kakaotalk", "line", "weibo", "wechat", "tiktok", "website", "commune-radio", "banner", "foreign-press", "newsletter" },
            channels.Keys.ToHashSet());

        JsonElement Rules(string code) => channels[code].GetProperty("rules");
        Assert.Equal((280, "X_WEIGHTED", 140), (Rules("x").GetProperty("maxTextLength").GetInt32(), Rules("x").GetProperty("counting").GetString(), Rules("x").GetProperty("maxVideoSeconds").GetInt32()));
        Assert.Equal(63206, Rules("facebook").GetProperty("maxTextLength").GetInt32());
        Assert.Equal(("REQUIRED", "VIDEO"), (Rules("youtube").GetProperty("media").GetString(), Rules("youtube").GetProperty("mediaKinds")[0].GetString()));
        Assert.Equal(("RADIO", 300, "NOT_ALLOWED", "NOT_ALLOWED"), (channels["commune-radio"].GetProperty("kind").GetString(), Rules("commune-radio").GetProperty("maxReadingSeconds").GetInt32(), Rules("commune-radio").GetProperty("link").GetString(), Rules("commune-radio").GetProperty("media").GetString()));
        Assert.Equal(("PRINT", 60, 0, "NOT_ALLOWED"), (channels["banner"].GetProperty("kind").GetString(), Rules("banner").GetProperty("maxTextLength").GetInt32(), Rules("banner").GetProperty("maxHashtags").GetInt32(), Rules("banner").GetProperty("link").GetString()));
        Assert.Equal("네이버 블로그", channels["naver-blog"].GetProperty("ko").GetString());
        Assert.Equal("Hệ thống truyền thanh cơ sở", channels["commune-radio"].GetProperty("vi").GetString());
        Assert.Equal(["KR"], channels["kakaotalk"].GetProperty("markets").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["PRESS", "EMAIL"], new[] { "foreign-press", "newsletter" }.Select(c => channels[c].GetProperty("kind").GetString()));

        var radio = (await OkAsync("{ channels(kind: RADIO, market: \"vn\") { code } }")).GetProperty("channels");
        Assert.Equal(["commune-radio"], radio.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_key_scoped_to_markets_sees_only_the_channels_serving_them()
    {
        var key = await Keys.CreateAsync(app, "korean partner", "PARTNER", markets: ["KR"]);
        var channels = (await app.GraphQL(key).QueryAsync("{ channels { code markets } }")).Ok().GetProperty("channels").EnumerateArray().ToList();
        Assert.Contains(channels, c => c.GetProperty("code").GetString() == "naver-blog");
        Assert.All(channels, c => Assert.Contains("KR", c.GetProperty("markets").EnumerateArray().Select(m => m.GetString())));
        Assert.DoesNotContain(channels, c => c.GetProperty("code").GetString() == "zalo");

        var other = await app.GraphQL(key).QueryAsync("{ channels(market: \"VN\") { code } }");
        Assert.Equal(["OUT_OF_SCOPE"], other.ErrorCodes);
    }
}
