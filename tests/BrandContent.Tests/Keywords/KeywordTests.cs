using BrandContent.Keywords;

namespace BrandContent.Tests.Keywords;

public sealed class KeywordTests
{
    [Theory]
    [InlineData("cồng chiêng Gia Lai", "Cồng Chiêng", true)]
    [InlineData("CONG CHIENG", "cồng chiêng", true)]
    [InlineData("Đà Lạt", "da lat", true)]
    [InlineData("Đà Lạt flowers", "Da Lat", true)]
    [InlineData("hai phong", "ha", false)]
    [InlineData("wild sunflowers", "wild sunflower", false)]
    [InlineData("ゴング文化", "ゴング", true)]
    [InlineData("越南旅游", "越南", true)]
    [InlineData("하이퐁 여행", "하이퐁", true)]
    [InlineData("하이퐁여행", "하이퐁", false)]
    [InlineData("anything", "", false)]
    public void A_keyword_is_used_case_and_accent_insensitively_by_whole_words_where_words_are_spaced(string text, string keyword, bool used) =>
        Assert.Equal(used, Keyword.Uses(text, keyword));

    [Fact]
    public void Keywords_are_kept_in_one_spelling_each_once()
    {
        // "Cồng" typed with combining marks is the same keyword as the precomposed one.
        var decomposed = "Co\u0302\u0300ng chie\u0302ng";
        Assert.Equal(["Cồng chiêng", "cong chieng", "Dã quỳ"], Keyword.NormalizeAll(["  Cồng   chiêng ", decomposed, "CỒNG CHIÊNG", "cong chieng", "Dã quỳ", " "]));
    }
}
