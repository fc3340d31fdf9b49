using BrandContent.Localization;

namespace BrandContent.Tests.Localization;

public sealed class LocaleTagTests
{
    [Theory]
    [InlineData("vi", "vi")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("zh_Hans", "zh-Hans")]
    [InlineData("es-419", "es-419")]
    [InlineData("de-CH-1996", "de-CH-1996")]
    [InlineData("en-US-x-Twain", "en-US-x-twain")]
    public void Well_formed_tags_are_put_in_canonical_case(string input, string expected)
    {
        Assert.True(LocaleTag.TryNormalize(input, out var tag));
        Assert.Equal(expected, tag);
    }

    [Theory]
    [InlineData("")]
    [InlineData("waytoolonglanguage")]
    [InlineData("e")]
    [InlineData("en--GB")]
    [InlineData("en-GB-")]
    [InlineData("vi;drop table")]
    [InlineData("123")]
    public void Malformed_tags_are_refused_with_their_value(string input)
    {
        Assert.False(LocaleTag.TryNormalize(input, out _));
        var error = Assert.Throws<BrandContentException>(() => LocaleTag.Normalize(input));
        Assert.Equal(ErrorCode.InvalidLocale, error.Code);
        Assert.Equal(input, error.Arguments[0]);
    }

    [Fact]
    public void Chain_picks_the_earliest_locale_and_flags_the_rest_as_fallback()
    {
        var chain = new LocaleChain(["ko", "en", "vi", "en"]);
        Assert.Equal(["ko", "en", "vi"], chain.Locales);
        Assert.False(chain.IsFallback("ko"));
        Assert.True(chain.IsFallback("en"));
    }

    [Fact]
    public void Request_without_locales_serves_the_source_and_without_fallback_only_the_first()
    {
        Assert.Equal(["vi"], new LocaleRequest([], Fallback: true).ChainFor("vi").Locales);
        Assert.Equal(["ja", "en", "vi"], new LocaleRequest(["ja", "en"], Fallback: true).ChainFor("vi").Locales);
        Assert.Equal(["ja"], new LocaleRequest(["ja", "en"], Fallback: false).ChainFor("vi").Locales);
    }
}
