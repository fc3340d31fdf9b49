using BrandContent.Brands;
using BrandContent.Pillars;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Localization;

public sealed class FallbackTests(BrandContentApp app) : IClassFixture<BrandContentApp>, IAsyncLifetime
{
    private readonly Brand brand = TestContent.Brand(null, "vi", "en");
    private Pillar pillar = null!;
    private Story koreanMissing = null!;
    private Story koreanPresent = null!;

    public async Task InitializeAsync()
    {
        pillar = TestContent.Pillar(brand, "heritage", 1, "vi", "ko");
        koreanMissing = TestContent.Story(brand, "no-ko", new DateOnly(2026, 5, 1), "vi", "en").WithPillars(pillar);
        koreanPresent = TestContent.Story(brand, "has-ko", new DateOnly(2026, 4, 1), "vi", "en", "ko");
        await using var db = app.OpenDb();
        db.AddRange(brand, pillar, koreanMissing, koreanPresent);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private const string StoryQuery = """
        query($brand: String!, $slug: String!, $locale: String, $market: String, $locales: [String!], $fallback: Boolean) {
          story(brand: $brand, slug: $slug, locale: $locale, market: $market, locales: $locales, fallback: $fallback) {
            title locale isFallback pillars { name locale isFallback }
          }
        }
        """;

    [Fact]
    public async Task Story_missing_in_ko_is_served_in_en_for_KR_and_flagged()
    {
        var data = (await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "no-ko-vi", market = "KR" })).Ok();
        var story = data.GetProperty("story");
        Assert.Equal("en", story.GetProperty("locale").GetString());
        Assert.True(story.GetProperty("isFallback").GetBoolean());
        Assert.Equal("no-ko en", story.GetProperty("title").GetString());

        // The pillar has Korean, so inside the same answer it is served in ko and not flagged.
        var pillarJson = story.GetProperty("pillars")[0];
        Assert.Equal("ko", pillarJson.GetProperty("locale").GetString());
        Assert.False(pillarJson.GetProperty("isFallback").GetBoolean());
    }

    [Fact]
    public async Task Story_present_in_ko_is_served_in_ko_for_KR_without_flag()
    {
        var data = (await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "has-ko-en", market = "KR" })).Ok();
        Assert.Equal("ko", data.GetProperty("story").GetProperty("locale").GetString());
        Assert.False(data.GetProperty("story").GetProperty("isFallback").GetBoolean());
    }

    [Fact]
    public async Task Explicit_locale_comes_before_the_market_chain()
    {
        var data = (await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "has-ko-vi", market = "KR", locale = "vi" })).Ok();
        Assert.Equal("vi", data.GetProperty("story").GetProperty("locale").GetString());
        Assert.False(data.GetProperty("story").GetProperty("isFallback").GetBoolean());
    }

    [Fact]
    public async Task Callers_own_chain_is_followed_in_order()
    {
        var data = (await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "no-ko-vi", locales = new[] { "fr", "ko", "en" } })).Ok();
        Assert.Equal("en", data.GetProperty("story").GetProperty("locale").GetString());
        Assert.True(data.GetProperty("story").GetProperty("isFallback").GetBoolean());
    }

    [Fact]
    public async Task Without_locale_or_market_the_brand_source_locale_is_served()
    {
        var data = (await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "no-ko-en" })).Ok();
        Assert.Equal("vi", data.GetProperty("story").GetProperty("locale").GetString());
        Assert.False(data.GetProperty("story").GetProperty("isFallback").GetBoolean());
    }

    [Fact]
    public async Task Fallback_off_shows_the_gap()
    {
        var single = (await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "no-ko-vi", market = "KR", fallback = false })).Ok();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, single.GetProperty("story").ValueKind);

        var list = (await app.GraphQL().QueryAsync(
            "query($b: String!) { stories(brand: $b, locale: \"ko\", fallback: false) { totalCount edges { node { title locale } } } }",
            new { b = brand.Slug })).Ok().GetProperty("stories");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal("has-ko ko", list.GetProperty("edges")[0].GetProperty("node").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unknown_market_and_malformed_locale_are_errors_that_name_the_value()
    {
        var market = await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "no-ko-vi", market = "ATLANTIS" });
        Assert.Equal(["MARKET_NOT_FOUND"], market.ErrorCodes);
        Assert.Contains("ATLANTIS", market.Errors[0].GetProperty("message").GetString());

        var locale = await app.GraphQL().QueryAsync(StoryQuery, new { brand = brand.Slug, slug = "no-ko-vi", locale = "not a tag" });
        Assert.Equal(["INVALID_LOCALE"], locale.ErrorCodes);
        Assert.Contains("not a tag", locale.Errors[0].GetProperty("message").GetString());
    }
}
