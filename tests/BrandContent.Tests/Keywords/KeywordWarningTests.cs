using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Keywords;

/// <summary>
/// submitForReview warns when a story's SEO keywords use none of its brand's keyword sets published in the story's
/// locale, comparing without case or accents; without such a set there is nothing to warn about.
/// </summary>
public sealed class KeywordWarningTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly KeywordScene scene = new(app);

    private async Task<string> BrandWithKeywordsAsync()
    {
        var (brand, _) = await scene.BrandAsync();
        var set = await scene.CreateOkAsync(brand.Slug);
        await scene.PublishAsync(set, "vi", new { name = "Mùa hoa dã quỳ", keywords = "cồng chiêng\nhoa dã quỳ\nChư Đăng Ya" });
        await scene.PublishAsync(set, "en", new { name = "Wild sunflower season", keywords = "wild sunflower\ngong culture" });
        await scene.PublishAsync(set, "ja", new { name = "野生ひまわり", keywords = "ゴング" });
        return brand.Slug;
    }

    [Fact]
    public async Task A_Vietnamese_story_whose_SEO_keywords_use_none_of_the_brands_keywords_is_warned_with_suggestions()
    {
        var brand = await BrandWithKeywordsAsync();
        var story = await scene.StoryAsync(brand, "vi", "pleiku-ve-dem", "Pleiku\nTây Nguyên");

        var warning = Assert.Single(await scene.SubmitStoryAsync(story, "vi"));
        Assert.Equal(("seoKeywords", "NO_BRAND_KEYWORD"), (warning.Field, warning.Rule));
        Assert.Equal(["cồng chiêng", "hoa dã quỳ", "Chư Đăng Ya"], warning.Suggestions);
    }

    [Fact]
    public async Task A_Vietnamese_keyword_typed_without_accents_or_in_capitals_counts_as_used()
    {
        var brand = await BrandWithKeywordsAsync();
        var story = await scene.StoryAsync(brand, "vi", "dem-cong-chieng", "Pleiku\nCONG CHIENG Gia Lai");
        Assert.Empty(await scene.SubmitStoryAsync(story, "vi"));

        // "chu dang ya" for "Chư Đăng Ya": đ folds to d.
        var volcano = await scene.StoryAsync(brand, "vi", "nui-lua", "núi lửa chu dang ya");
        Assert.Empty(await scene.SubmitStoryAsync(volcano, "vi"));
    }

    [Fact]
    public async Task An_English_story_is_checked_against_the_English_keywords_by_whole_words()
    {
        var brand = await BrandWithKeywordsAsync();
        var used = await scene.StoryAsync(brand, "en", "sunflowers", "Wild Sunflower season\nPleiku");
        Assert.Empty(await scene.SubmitStoryAsync(used, "en"));

        // The Vietnamese keywords say nothing about English ones; "gong" is not the keyword "gong culture".
        var unused = await scene.StoryAsync(brand, "en", "gongs", "cồng chiêng\ngong");
        var warning = Assert.Single(await scene.SubmitStoryAsync(unused, "en"));
        Assert.Equal(["wild sunflower", "gong culture"], warning.Suggestions);
    }

    [Fact]
    public async Task A_Japanese_keyword_counts_inside_a_longer_keyword_since_Japanese_has_no_spaces()
    {
        var brand = await BrandWithKeywordsAsync();
        var story = await scene.StoryAsync(brand, "ja", "gong-culture", "ゴング文化\nプレイク");
        Assert.Empty(await scene.SubmitStoryAsync(story, "ja"));
    }

    [Fact]
    public async Task No_warning_when_the_brand_has_no_keyword_set_published_in_the_stories_locale()
    {
        var (brand, _) = await scene.BrandAsync();
        var story = await scene.StoryAsync(brand.Slug, "vi", "khong-bo-tu-khoa", "Pleiku");
        Assert.Empty(await scene.SubmitStoryAsync(story, "vi"));

        // A draft set, or a set published only in Vietnamese, says nothing about a Korean story.
        var set = await scene.CreateOkAsync(brand.Slug);
        await scene.PublishAsync(set, "vi", new { name = "Cồng chiêng", keywords = "cồng chiêng" });
        await scene.Editing.UpsertOkAsync(KeywordScene.Kind, set, "ko", null, new { name = "징", keywords = "징 문화" });
        var korean = await scene.StoryAsync(brand.Slug, "ko", "pleiku-ko", "플레이쿠");
        Assert.Empty(await scene.SubmitStoryAsync(korean, "ko"));

        // Once it is published in Vietnamese, a Vietnamese story using none of it is warned.
        var vietnamese = await scene.StoryAsync(brand.Slug, "vi", "pleiku-vi", "Pleiku");
        Assert.Single(await scene.SubmitStoryAsync(vietnamese, "vi"));
    }
}
