using System.Text.Json;
using BrandContent.Localization;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Localization;

/// <summary>
/// BCP 47 lookup (RFC 4647, 3.4): a regional tag with no content of its own is served in its language before the
/// chain moves on, and says it is a fallback.
/// </summary>
public sealed class LocaleLookupTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Stories = """
        query($locale: String, $locales: [String!], $market: String, $fallback: Boolean) {
          stories(brand: "gia-lai", locale: $locale, locales: $locales, market: $market, fallback: $fallback, first: 10) {
            edges { node { date title locale isFallback } }
          }
        }
        """;

    private async Task<List<JsonElement>> StoriesAsync(object variables) =>
        (await app.GraphQL().QueryAsync(Stories, variables)).Ok().GetProperty("stories").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node")).ToList();

    private static string? Locale(List<JsonElement> stories, string date) =>
        stories.Single(s => s.GetProperty("date").GetString() == date).GetProperty("locale").GetString();

    [Theory]
    [InlineData("zh-Hant-TW", new[] { "zh-Hant-TW", "zh-Hant", "zh" })]
    [InlineData("en-GB", new[] { "en-GB", "en" })]
    [InlineData("de-CH-1996", new[] { "de-CH-1996", "de-CH", "de" })]
    [InlineData("en-US-x-twain", new[] { "en-US-x-twain", "en-US", "en" })]
    [InlineData("sl-Latn-IT-rozaj-a-bcd-x-abc", new[] { "sl-Latn-IT-rozaj-a-bcd-x-abc", "sl-Latn-IT-rozaj-a-bcd", "sl-Latn-IT-rozaj", "sl-Latn-IT", "sl-Latn", "sl" })]
    [InlineData("vi", new[] { "vi" })]
    public void A_tag_is_truncated_subtag_by_subtag_dropping_a_trailing_singleton(string tag, string[] lookup)
    {
        Assert.Equal(lookup, LocaleTag.Lookup(tag));
    }

    [Fact]
    public void The_chain_tries_each_locale_and_its_truncations_before_the_next()
    {
        var chain = new LocaleChain(["zh-Hant-TW", "en-GB", "en", "fr"]);
        Assert.Equal(["zh-Hant-TW", "zh-Hant", "zh", "en-GB", "en", "fr"], chain.Locales);
        Assert.Equal("zh-Hant-TW", chain.Requested);
        Assert.True(chain.IsFallback("zh-Hant"));

        Assert.Equal(["en-GB", "en", "fr", "vi"], new LocaleRequest(["en-GB", "fr"], Fallback: true).ChainFor("vi").Locales);
        Assert.Equal(["en-GB"], new LocaleRequest(["en-GB", "fr"], Fallback: false).ChainFor("vi").Locales);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("EN-gb")]
    public async Task A_regional_locale_without_content_is_served_in_its_language_and_flagged(string locale)
    {
        var stories = await StoriesAsync(new { locale });

        var gongs = stories.Single(s => s.GetProperty("date").GetString() == "2026-03-15");
        Assert.Equal("en", gongs.GetProperty("locale").GetString());
        Assert.True(gongs.GetProperty("isFallback").GetBoolean());
        Assert.Equal("Gong nights by the village fire in Pleiku", gongs.GetProperty("title").GetString());

        // Only Vietnamese: the chain still ends with the brand's source locale.
        Assert.Equal("vi", Locale(stories, "2026-09-05"));
    }

    [Fact]
    public async Task The_language_comes_before_the_next_locale_of_the_chain()
    {
        var stories = await StoriesAsync(new { locales = new[] { "en-GB", "fr" } });
        Assert.Equal("en", Locale(stories, "2026-03-15"));

        var french = await StoriesAsync(new { locales = new[] { "fr-CA", "en" } });
        Assert.Equal("fr", Locale(french, "2026-03-15"));
        Assert.Equal("en", Locale(french, "2026-10-28"));
    }

    [Fact]
    public async Task Without_fallback_only_the_exact_first_locale_is_served()
    {
        Assert.Empty(await StoriesAsync(new { locale = "en-GB", fallback = false }));
        Assert.Equal(5, (await StoriesAsync(new { locale = "en", fallback = false })).Count);
    }

    [Fact]
    public async Task A_market_chain_of_regional_locales_is_looked_up_the_same_way()
    {
        (await app.GraphQL().QueryAsync("mutation { createLocale(input: { tag: \"fr-BE\", name: \"French (Belgium)\", nativeName: \"Français (Belgique)\" }) { tag } }")).Ok();
        (await app.GraphQL().QueryAsync("mutation { createMarket(input: { code: \"BE\", localeChain: [\"fr-BE\"] }) { code } }")).Ok();

        var stories = await StoriesAsync(new { market = "BE" });

        Assert.Equal("fr", Locale(stories, "2026-03-15"));
        Assert.True(stories.Single(s => s.GetProperty("date").GetString() == "2026-03-15").GetProperty("isFallback").GetBoolean());
        Assert.Equal("vi", Locale(stories, "2026-10-28"));

        // What the translation report says the market's readers see is what they are served.
        var coverage = (await app.GraphQL().QueryAsync("{ translationStatus(brand: \"gia-lai\", market: \"BE\") { coverage { kind servedIn { name value } } } }"))
            .Ok().GetProperty("translationStatus").GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "STORY");
        Assert.Contains(coverage.GetProperty("servedIn").EnumerateArray(), s => s.GetProperty("name").GetString() == "fr" && s.GetProperty("value").GetString() == "1");
    }
}
