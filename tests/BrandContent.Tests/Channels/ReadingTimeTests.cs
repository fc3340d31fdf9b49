using System.Text;
using BrandContent.Channels;

namespace BrandContent.Tests.Channels;

public sealed class ReadingTimeTests
{
    private static string Words(string word, int count) => string.Join(' ', Enumerable.Repeat(word, count));

    [Fact]
    public void English_is_read_at_150_words_a_minute()
    {
        Assert.Equal(60, ReadingTime.Estimate("en", Words("volcano", 150)));
        Assert.Equal(1, ReadingTime.Estimate("en-GB", "Welcome"));
        Assert.Equal(0, ReadingTime.Estimate("en", "  — ... "));
    }

    [Fact]
    public void Vietnamese_is_read_at_180_syllables_a_minute_with_or_without_combining_marks()
    {
        var script = Words("Thông báo lễ hội hoa dã quỳ núi lửa Chư Đăng Ya.", 15);
        Assert.Equal(180, script.Split(' ').Length);
        Assert.Equal(60, ReadingTime.Estimate("vi", script));
        Assert.Equal(60, ReadingTime.Estimate("vi", script.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Japanese_Chinese_and_Korean_are_read_at_300_characters_a_minute()
    {
        Assert.Equal(60, ReadingTime.Estimate("ja", new string('あ', 300)));
        Assert.Equal(30, ReadingTime.Estimate("zh-Hans", new string('火', 150)));
        Assert.Equal(60, ReadingTime.Estimate("ko", string.Concat(Enumerable.Repeat("안녕하세요 ", 60))));
        // Punctuation is not read; a Latin word counts as one unit.
        Assert.Equal(1, ReadingTime.Estimate("ja", "。、「」Gia Lai"));
    }
}
