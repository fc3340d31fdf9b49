using System.Text;
using BrandContent.Channels;

namespace BrandContent.Tests.Channels;

/// <summary>Lengths as platforms count them; the X cases are twitter-text's conformance cases (conformance/validate.yml) or built from its config v3.</summary>
public sealed class PlatformTextTests
{
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467"; // 👨‍👩‍👧

    [Theory]
    [InlineData("Hi http://test.co", 26)]
    [InlineData("http://test.co", 23)]
    [InlineData("😷👾😡🔥💩", 10)]
    [InlineData("🙋🏽👨‍🎤", 4)]
    [InlineData("1⃣", 2)]
    [InlineData("Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴󠁧󠁢󠁥󠁮󠁧󠁿", 34)]
    [InlineData("Unicode 9.0 emoji: 🤠; 💃; 💃🏾", 29)]
    public void X_weighted_length_matches_twitter_text_conformance(string text, int expected) =>
        Assert.Equal(expected, PlatformText.Length(text, TextCounting.XWeighted));

    [Fact]
    public void X_counts_Korean_Japanese_and_Chinese_characters_as_two()
    {
        Assert.Equal(10, PlatformText.Length("안녕하세요", TextCounting.XWeighted));
        Assert.Equal(16, PlatformText.Length("ザライ高原の火山", TextCounting.XWeighted));
        Assert.Equal(8, PlatformText.Length("嘉莱高原", TextCounting.XWeighted));
        Assert.Equal(3 + 320, PlatformText.Length("abc" + new string('あ', 160), TextCounting.XWeighted));
    }

    [Fact]
    public void X_counts_a_Latin_Vietnamese_letter_once_whether_precomposed_or_combining()
    {
        var precomposed = "Chư Đăng Ya".Normalize(NormalizationForm.FormC);
        var decomposed = precomposed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(precomposed.Length, decomposed.Length);
        Assert.Equal(11, PlatformText.Length(precomposed, TextCounting.XWeighted));
        Assert.Equal(11, PlatformText.Length(decomposed, TextCounting.XWeighted));
    }

    [Fact]
    public void X_counts_every_URL_as_23_however_long()
    {
        var url = "https://gialai.gov.vn/" + new string('a', 300) + "?q=1";
        Assert.Equal(23 + 10, PlatformText.Length(url + " Xem ngay.", TextCounting.XWeighted));
        Assert.Equal(23, PlatformText.Length("https://x.co", TextCounting.XWeighted));
        Assert.Equal(5 + 23 + 1, PlatformText.Length("Xem: https://gialai.gov.vn/le-hoi.", TextCounting.XWeighted));
    }

    [Fact]
    public void X_counts_a_ZWJ_family_flags_and_skin_tones_as_two_each()
    {
        Assert.Equal(2, PlatformText.Length(Family, TextCounting.XWeighted));
        Assert.Equal(2, PlatformText.Length("🇻🇳", TextCounting.XWeighted));
        Assert.Equal(4, PlatformText.Length("🇻🇳🇰🇷", TextCounting.XWeighted));
        Assert.Equal(2, PlatformText.Length("👍🏿", TextCounting.XWeighted));
        Assert.Equal(280, PlatformText.Length(string.Concat(Enumerable.Repeat(Family, 140)), TextCounting.XWeighted));
    }

    [Fact]
    public void Graphemes_count_combining_marks_with_their_letter()
    {
        var decomposed = "Chư Đăng Ya, Tiếng Việt".Normalize(NormalizationForm.FormD);
        Assert.Equal(23, PlatformText.Length(decomposed, TextCounting.Graphemes));
        Assert.Equal(23, PlatformText.Length(decomposed.Normalize(NormalizationForm.FormC), TextCounting.Graphemes));
    }

    [Theory]
    [InlineData(Family, 1)]
    [InlineData("🇻🇳🇯🇵", 2)]
    [InlineData("👍🏽!", 2)]
    [InlineData("안녕하세요", 5)]
    [InlineData("こんにちは", 5)]
    [InlineData("你好世界", 4)]
    [InlineData("https://gialai.gov.vn", 21)]
    [InlineData("", 0)]
    public void Graphemes_count_what_a_reader_sees_as_one_character(string text, int expected) =>
        Assert.Equal(expected, PlatformText.Length(text, TextCounting.Graphemes));

    [Fact]
    public void Korean_written_as_conjoining_jamo_counts_as_its_syllables()
    {
        var jamo = "한국".Normalize(NormalizationForm.FormD);
        Assert.Equal(6, jamo.Length);
        Assert.Equal(2, PlatformText.Length(jamo, TextCounting.Graphemes));
        Assert.Equal(4, PlatformText.Length(jamo, TextCounting.XWeighted));
    }
}
