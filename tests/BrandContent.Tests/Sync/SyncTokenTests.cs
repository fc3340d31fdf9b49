using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Sync;

/// <summary>Tokens are tamper-evident, bound to their arguments, and valid on every server; bad arguments are clear errors.</summary>
public sealed class SyncTokenTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private async Task<(string Slug, Guid Story, string Token)> SyncedBrandAsync()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "told", SyncScene.Day, "vi");
        await app.SeedAsync(brand, story);
        var mirror = new SyncMirror();
        await mirror.SyncAsync(app.GraphQL(), brand.Slug, market: "KR");
        return (brand.Slug, story.Id, mirror.Token!);
    }

    private async Task<IReadOnlyList<string?>> ErrorsAsync(string brand, string? market, string[]? locales, string? token, int? first = null, string? language = null)
    {
        var response = await app.GraphQL().QueryAsync(SyncMirror.Query, new { b = brand, m = market, l = locales, t = token, f = first }, language);
        Assert.True(response.Errors.Count > 0, response.Body.ToString());
        return response.ErrorCodes;
    }

    [Fact]
    public async Task A_changed_forged_or_oversized_token_is_SYNC_TOKEN_INVALID()
    {
        var (slug, _, token) = await SyncedBrandAsync();
        var flipped = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        foreach (var bad in new[] { flipped, token[..^2], "not-a-token", "", "AAAA", token + "AAAA", new string('A', 5000), "<script>alert(1)</script>", "..%2F..%2F" })
        {
            Assert.Equal(["SYNC_TOKEN_INVALID"], await ErrorsAsync(slug, "KR", null, bad));
        }

        var vi = await app.GraphQL().QueryAsync(SyncMirror.Query, new { b = slug, m = "KR", t = flipped }, "vi");
        Assert.Contains("đồng bộ", vi.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_used_with_another_brand_market_or_locales_is_SYNC_TOKEN_INVALID()
    {
        var (slug, _, token) = await SyncedBrandAsync();
        var (other, _, _) = await SyncedBrandAsync();
        Assert.Equal(["SYNC_TOKEN_INVALID"], await ErrorsAsync(other, "KR", null, token));
        Assert.Equal(["SYNC_TOKEN_INVALID"], await ErrorsAsync(slug, "JP", null, token));
        Assert.Equal(["SYNC_TOKEN_INVALID"], await ErrorsAsync(slug, null, ["ko", "en"], token));

        var mirror = new SyncMirror();
        await mirror.SyncAsync(app.GraphQL(), slug, locales: ["ko", "en"]);
        Assert.Equal(["SYNC_TOKEN_INVALID"], await ErrorsAsync(slug, null, ["en", "ko"], mirror.Token));
        Assert.Equal(["SYNC_TOKEN_INVALID"], await ErrorsAsync(slug, null, ["ko"], mirror.Token));
    }

    [Fact]
    public async Task A_token_from_one_server_serves_the_delta_on_another_started_later()
    {
        var (slug, story, token) = await SyncedBrandAsync();
        (await new Fixtures.Editing(app.GraphQL()).StepAsync("unpublish", "STORY", story, "vi")).Ok();

        await using var restarted = app.Twin();
        var page = (await SyncMirror.PageAsync(restarted.GraphQL(), slug, "KR", null, token)).Ok().GetProperty("sync");
        Assert.Equal(story.ToString(), Assert.Single(page.GetProperty("tombstones").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(page.GetProperty("upserts").EnumerateArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task A_first_outside_1_to_100_is_PAGE_SIZE_OUT_OF_RANGE(int first)
    {
        var (slug, _, token) = await SyncedBrandAsync();
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], await ErrorsAsync(slug, "KR", null, null, first));
        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], await ErrorsAsync(slug, "KR", null, token, first));
    }

    [Fact]
    public async Task A_huge_first_is_refused_before_it_runs()
    {
        var (slug, _, _) = await SyncedBrandAsync();
        Assert.Equal(["QUERY_TOO_COMPLEX"], await ErrorsAsync(slug, "KR", null, null, int.MaxValue));
    }

    [Fact]
    public async Task A_selection_is_a_market_or_one_to_ten_locales()
    {
        var (slug, _, _) = await SyncedBrandAsync();
        Assert.Equal(["SYNC_SELECTION_INVALID"], await ErrorsAsync(slug, null, null, null));
        Assert.Equal(["SYNC_SELECTION_INVALID"], await ErrorsAsync(slug, "KR", ["ko"], null));
        Assert.Equal(["SYNC_SELECTION_INVALID"], await ErrorsAsync(slug, null, [], null));
        Assert.Equal(["SYNC_SELECTION_INVALID"], await ErrorsAsync(slug, null, [.. Enumerable.Range(0, 11).Select(i => $"x{i:00}")], null));
        Assert.Equal(["INVALID_VALUE"], await ErrorsAsync(slug, null, ["ko\u0000"], null));
        Assert.Equal(["INVALID_LOCALE"], await ErrorsAsync(slug, null, ["<b>"], null));
        Assert.Equal(["MARKET_NOT_FOUND"], await ErrorsAsync(slug, "ZZ", null, null));
        Assert.Equal(["BRAND_NOT_FOUND"], await ErrorsAsync("no-such-brand", "KR", null, null));
    }
}
