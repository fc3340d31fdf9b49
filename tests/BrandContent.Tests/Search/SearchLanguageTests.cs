using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Search;

/// <summary>
/// Each script is searched the way its readers type: Vietnamese and French without diacritics, English and French by
/// stem, Chinese, Japanese and Korean by any substring of two or more characters (no word splitting exists for them).
/// </summary>
public sealed class SearchLanguageTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Theory]
    [InlineData("da quy", "Mùa hoa dã quỳ trên núi lửa")]
    [InlineData("chu dang ya", "Núi lửa Chư Đăng Ya tháng Mười Một")]
    [InlineData("CHU DANG YA", "Núi lửa Chư Đăng Ya tháng Mười Một")]
    [InlineData("cong chieng", "Đêm cồng chiêng bên bếp lửa")]
    [InlineData("đêm cồng chiêng", "Đêm cồng chiêng bên bếp lửa")]
    [InlineData("dem", "ĐÊM CỒNG CHIÊNG BÊN BẾP LỬA")]
    public async Task Vietnamese_typed_without_diacritics_finds_text_with_them(string text, string title)
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", title, null));
        await app.SaveAsync(brand, story);

        var edges = (await app.GraphQL().SearchAsync(text, brand, "vi")).Edges();

        var hit = Assert.Single(edges);
        Assert.Equal(story.Id, hit.GetProperty("node").GetProperty("id").GetGuid());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Vietnamese_d_with_stroke_is_folded_to_d_in_both_cases()
    {
        var brand = TestContent.Brand();
        var upper = SearchScene.Story(brand, ("vi", "Đắk Đoa mùa cà phê", null));
        var lower = SearchScene.Story(brand, ("vi", "đường lên đỉnh núi", null));
        await app.SaveAsync(brand, upper, lower);

        Assert.Equal([upper.Id], (await app.GraphQL().SearchAsync("dak doa", brand)).Found());
        Assert.Equal([lower.Id], (await app.GraphQL().SearchAsync("duong len dinh", brand)).Found());
    }

    [Theory]
    [InlineData("festivals", "The sunflower festival of Gia Lai")]
    [InlineData("festival", "Three festivals in the highlands")]
    [InlineData("hiking volcanoes", "We hiked the volcano at dawn")]
    public async Task English_finds_other_forms_of_a_word_by_its_stem(string text, string title)
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", "Một câu chuyện khác", null), ("en", title, null));
        await app.SaveAsync(brand, story);

        var hit = Assert.Single((await app.GraphQL().SearchAsync(text, brand, "en")).Edges());

        Assert.Equal(story.Id, hit.GetProperty("node").GetProperty("id").GetGuid());
        Assert.Equal("en", hit.GetProperty("node").GetProperty("locale").GetString());
    }

    [Theory]
    [InlineData("fete", "La fête des tournesols")]
    [InlineData("fêtes", "La fete des tournesols")]
    [InlineData("hotel", "Une nuit à l'hôtel de Pleiku")]
    [InlineData("l'hôtel", "Les hôtels de Pleiku")]
    [InlineData("d'eglise", "Les églises de Kon Tum")]
    public async Task French_finds_text_without_accents_through_elision_and_by_stem(string text, string title)
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", "Một câu chuyện khác", null), ("fr", title, null));
        await app.SaveAsync(brand, story);

        Assert.Equal([story.Id], (await app.GraphQL().SearchAsync(text, brand, "fr")).Found());
    }

    [Theory]
    [InlineData("ko", "해바라기", "쯔당야 화산의 야생해바라기축제")]
    [InlineData("ko", "축제", "쯔당야 화산의 야생해바라기축제")]
    [InlineData("ja", "ゴング", "焚き火とゴングの夜")]
    [InlineData("ja", "の夜", "焚き火とゴングの夜")]
    [InlineData("zh-Hans", "向日葵", "火山口的野生向日葵花海")]
    [InlineData("zh-Hans", "花海", "火山口的野生向日葵花海")]
    public async Task Chinese_Japanese_and_Korean_are_found_by_a_substring_of_two_or_more_characters(string locale, string text, string title)
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", "Một câu chuyện khác", null), (locale, title, "본문 本文"));
        await app.SaveAsync(brand, story);

        var hit = Assert.Single((await app.GraphQL().SearchAsync(text, brand, locale)).Edges());

        Assert.Equal(story.Id, hit.GetProperty("node").GetProperty("id").GetGuid());
        Assert.Contains($"<mark>{text}</mark>", hit.GetProperty("snippet").GetString());
    }

    [Theory]
    [InlineData("zh-Hans", "葵向", "火山口的野生向日葵花海")]
    [InlineData("zh-Hans", "向葵", "火山口的野生向日葵花海")]
    [InlineData("ko", "해라", "해바라기")]
    public async Task CJK_characters_that_are_not_adjacent_in_that_order_do_not_match(string locale, string text, string title)
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("vi", "Một câu chuyện khác", null), (locale, title, null));
        await app.SaveAsync(brand, story);

        Assert.Empty((await app.GraphQL().SearchAsync(text, brand, locale)).Edges());
    }

    [Fact]
    public async Task Words_and_a_CJK_substring_together_must_both_match()
    {
        var brand = TestContent.Brand();
        var both = SearchScene.Story(brand, ("vi", "x", null), ("ja", "Pleiku の ゴング祭り", null));
        var onlyCjk = SearchScene.Story(brand, ("vi", "x", null), ("ja", "Kon Tum の ゴング祭り", null));
        await app.SaveAsync(brand, both, onlyCjk);

        var hit = Assert.Single((await app.GraphQL().SearchAsync("pleiku ゴング", brand, "ja")).Edges());

        Assert.Equal(both.Id, hit.GetProperty("node").GetProperty("id").GetGuid());
        Assert.Equal("<mark>Pleiku</mark> の <mark>ゴング</mark>祭り", hit.GetProperty("snippet").GetString());
    }
}
