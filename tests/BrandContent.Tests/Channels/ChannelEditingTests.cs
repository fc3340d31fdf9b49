using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Channels;

/// <summary>Channels as an administrator writes them and as every caller reads them, through HTTP.</summary>
public sealed class ChannelEditingTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Fields = "code name(locale: \"ko\") names { locale text } kind markets archivedAt rules { maxTextLength counting maxHashtags link media mediaKinds maxVideoSeconds maxReadingSeconds }";

    private static readonly object Radio = new
    {
        code = " Loa-Phuong ",
        names = new[] { new { locale = "vi", text = "Loa phường" }, new { locale = "en", text = "Ward loudspeakers" } },
        kind = "RADIO",
        markets = new[] { "vn" },
        rules = new { maxHashtags = 0, link = "NOT_ALLOWED", media = "NOT_ALLOWED", maxReadingSeconds = 180 },
    };

    private async Task<JsonElement> OkAsync(string query, object? variables = null, string? token = null) =>
        (await (token is null ? app.GraphQL() : app.GraphQL(token)).QueryAsync(query, variables)).Ok();

    private Task<GraphQLResponse> CreateAsync(object input, string? token = null) =>
        (token is null ? app.GraphQL() : app.GraphQL(token)).QueryAsync($"mutation($i: ChannelInput!) {{ createChannel(input: $i) {{ {Fields} }} }}", new { i = input });

    private static List<string> Codes(JsonElement list) => list.EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();

    [Fact]
    public async Task An_administrator_creates_updates_and_archives_a_channel_that_every_caller_reads()
    {
        var created = (await CreateAsync(Radio)).Ok().GetProperty("createChannel");
        Assert.Equal("loa-phuong", created.GetProperty("code").GetString());
        Assert.Equal("Ward loudspeakers", created.GetProperty("name").GetString());
        Assert.Equal("RADIO", created.GetProperty("kind").GetString());
        Assert.Equal(["VN"], created.GetProperty("markets").EnumerateArray().Select(m => m.GetString()));
        var rules = created.GetProperty("rules");
        Assert.Equal(("NOT_ALLOWED", "NOT_ALLOWED", 180, "GRAPHEMES"), (rules.GetProperty("link").GetString(), rules.GetProperty("media").GetString(), rules.GetProperty("maxReadingSeconds").GetInt32(), rules.GetProperty("counting").GetString()));
        Assert.Equal(JsonValueKind.Null, rules.GetProperty("maxTextLength").ValueKind);

        var keys = await Keys.ForEveryRoleAsync(app);
        var read = await OkAsync($"{{ channel(code: \"LOA-PHUONG\") {{ {Fields} }} vn: channels(market: \"vn\", kind: RADIO) {{ code }} market(code: \"VN\") {{ channels }} }}", token: keys["PUBLIC"]);
        Assert.Equal(0, read.GetProperty("channel").GetProperty("rules").GetProperty("maxHashtags").GetInt32());
        Assert.Contains("loa-phuong", Codes(read.GetProperty("vn")));
        Assert.Contains("loa-phuong", read.GetProperty("market").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));

        var updated = (await app.GraphQL().QueryAsync(
            $"mutation($i: ChannelInput!) {{ updateChannel(code: \"loa-phuong\", input: $i) {{ {Fields} }} }}",
            new { i = new { names = new[] { new { locale = "vi", text = "Loa phường" }, new { locale = "ko", text = "마을 스피커" } }, kind = "RADIO", markets = new[] { "KR" }, rules = new { maxReadingSeconds = 120 } } }))
            .Ok().GetProperty("updateChannel");
        Assert.Equal("마을 스피커", updated.GetProperty("name").GetString());
        Assert.Equal(["KR"], updated.GetProperty("markets").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("ALLOWED", updated.GetProperty("rules").GetProperty("link").GetString());
        var markets = await OkAsync("{ vn: market(code: \"VN\") { channels } kr: market(code: \"KR\") { channels } }");
        Assert.DoesNotContain("loa-phuong", markets.GetProperty("vn").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("loa-phuong", markets.GetProperty("kr").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));

        var archived = await OkAsync("mutation { archiveChannel(code: \"loa-phuong\") { archivedAt } }");
        Assert.NotEqual(JsonValueKind.Null, archived.GetProperty("archiveChannel").GetProperty("archivedAt").ValueKind);
        var lists = await OkAsync("{ active: channels { code } all: channels(includeArchived: true) { code } market(code: \"KR\") { channels } }");
        Assert.DoesNotContain("loa-phuong", Codes(lists.GetProperty("active")));
        Assert.Contains("loa-phuong", Codes(lists.GetProperty("all")));
        Assert.DoesNotContain("loa-phuong", lists.GetProperty("market").GetProperty("channels").EnumerateArray().Select(c => c.GetString()));

        await OkAsync("mutation { archiveChannel(code: \"loa-phuong\", archived: false) { code } }");
        Assert.Contains("loa-phuong", Codes((await OkAsync("{ channels(kind: RADIO) { code } }")).GetProperty("channels")));
        var audit = await OkAsync("{ auditLog(first: 500) { operation } }");
        Assert.Superset(
            new HashSet<string> { "createChannel", "updateChannel", "archiveChannel" },
            audit.GetProperty("auditLog").EnumerateArray().Select(n => n.GetProperty("operation").GetString()!).ToHashSet());
    }

    [Theory]
    [InlineData("EDITOR")]
    [InlineData("PARTNER")]
    [InlineData("PUBLIC")]
    public async Task Only_administrators_write_channels(string role)
    {
        var keys = await Keys.ForEveryRoleAsync(app);
        var input = new { code = $"kenh-{role.ToLowerInvariant()}", names = new[] { new { locale = "vi", text = "Kênh" } }, kind = "SOCIAL" };
        Assert.Equal(["FORBIDDEN"], (await CreateAsync(input, keys[role])).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(keys[role]).QueryAsync("mutation { archiveChannel(code: \"facebook\") { code } }")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(keys[role]).QueryAsync(
            "mutation { updateChannel(code: \"facebook\", input: { names: [{ locale: \"en\", text: \"Mine\" }], kind: SOCIAL }) { code } }")).ErrorCodes);
        var after = await OkAsync($"{{ channel(code: \"kenh-{role.ToLowerInvariant()}\") {{ code }} facebook: channel(code: \"facebook\") {{ name(locale: \"en\") archivedAt }} }}");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("channel").ValueKind);
        Assert.Equal("Facebook", after.GetProperty("facebook").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("facebook").GetProperty("archivedAt").ValueKind);
    }

    [Fact]
    public async Task Hostile_channel_input_is_refused_with_every_problem_in_one_answer()
    {
        var response = await CreateAsync(new
        {
            code = "Bad Code!",
            names = new[]
            {
                new { locale = "en", text = "Bell\u0007 channel" },
                new { locale = "vi", text = new string('x', 10 * 1024) },
                new { locale = "ko", text = "<script>alert(1)</script>" },
                new { locale = "ja", text = "\u202Egnp.exe" },
                new { locale = "tlh", text = "Klingon" },
            },
            kind = "SOCIAL",
            markets = new[] { "KR", "ZZ" },
            rules = new { maxTextLength = -1, maxHashtags = -5, maxVideoSeconds = 1_000_000_000, maxReadingSeconds = 0 },
        });
        var problems = XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)).ToList();
        Assert.Equal(
            new HashSet<(string, string)>
            {
                ("code", "FORMAT"), ("names.en", "FORMAT"), ("names.vi", "MAX_LENGTH"), ("names.ko", "FORMAT"), ("names.ja", "FORMAT"),
                ("names.locale", "REFERENCE"), ("markets", "REFERENCE"), ("rules.maxTextLength", "RANGE"), ("rules.maxHashtags", "RANGE"),
                ("rules.maxVideoSeconds", "RANGE"), ("rules.maxReadingSeconds", "RANGE"),
            },
            problems.ToHashSet());
        Assert.DoesNotContain(response.Errors[0].GetProperty("message").GetString()!, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        Assert.Contains("ZZ", XliffFiles.Problems(response).Single(p => p.Field == "markets").Message);

        var noNames = await CreateAsync(new { code = "ok-code", names = Array.Empty<object>(), kind = "WEB" });
        Assert.Equal([("names", "REQUIRED")], XliffFiles.Problems(noNames).Select(p => (p.Field, p.Rule)));
        var nul = await CreateAsync(new { code = "nul-name", names = new[] { new { locale = "en", text = "a\0b" } }, kind = "WEB" });
        Assert.Contains(XliffFiles.Problems(nul), p => p.Rule == "INVALID_CHARACTER");
    }

    [Fact]
    public async Task Codes_are_unique_unchangeable_and_unknown_ones_are_named()
    {
        var input = new { code = "zalo", names = new[] { new { locale = "vi", text = "Zalo 2" } }, kind = "SOCIAL" };
        Assert.Equal([("code", "UNIQUE")], XliffFiles.Problems(await CreateAsync(input)).Select(p => (p.Field, p.Rule)));

        var renamed = await app.GraphQL().QueryAsync("mutation { updateChannel(code: \"zalo\", input: { code: \"zalo-2\", names: [{ locale: \"vi\", text: \"Zalo\" }], kind: SOCIAL }) { code } }");
        Assert.Equal([("input.code", "FORMAT")], XliffFiles.Problems(renamed).Select(p => (p.Field, p.Rule)));

        var missing = await app.GraphQL().QueryAsync("mutation { updateChannel(code: \"myspace\", input: { names: [{ locale: \"en\", text: \"MySpace\" }], kind: SOCIAL }) { code } }");
        Assert.Equal(["CHANNEL_NOT_FOUND"], missing.ErrorCodes);
        Assert.Contains("myspace", missing.Errors[0].GetProperty("message").GetString());
        var vi = await app.GraphQL().QueryAsync("mutation { archiveChannel(code: \"myspace\") { code } }", acceptLanguage: "vi");
        Assert.Equal("Không có kênh nào có mã 'myspace'.", vi.Errors[0].GetProperty("message").GetString());
    }
}
