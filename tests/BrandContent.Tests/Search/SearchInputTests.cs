using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Search;

/// <summary>What a caller types is checked before any statement runs, and whatever passes is data, never syntax.</summary>
public sealed class SearchInputTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    public static TheoryData<string, string> BadTexts() => new()
    {
        { "", "SEARCH_TEXT_TOO_SHORT" },
        { "    ", "SEARCH_TEXT_TOO_SHORT" },
        { "a", "SEARCH_TEXT_TOO_SHORT" },
        { " a ", "SEARCH_TEXT_TOO_SHORT" },
        { "向", "SEARCH_TEXT_TOO_SHORT" },
        { "ệ", "SEARCH_TEXT_TOO_SHORT" },
        { new string('a', 201), "SEARCH_TEXT_TOO_LONG" },
        { string.Concat(Enumerable.Repeat("dã quỳ ", 30)), "SEARCH_TEXT_TOO_LONG" },
        { "da\u0007quy", "SEARCH_TEXT_CONTROL_CHARACTER" },
        { "da quy\n", "SEARCH_TEXT_CONTROL_CHARACTER" },
        { "da\tquy", "SEARCH_TEXT_CONTROL_CHARACTER" },
        { "da\u009Bquy", "SEARCH_TEXT_CONTROL_CHARACTER" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task Bad_text_is_a_clear_error_in_the_callers_language(string text, string code)
    {
        var brand = TestContent.Brand();
        await app.SaveAsync(brand);
        var client = app.GraphQL();

        var english = await client.SearchAsync(text, brand);
        var vietnamese = await client.SearchAsync(text, brand, acceptLanguage: "vi");

        Assert.Equal([code], english.ErrorCodes);
        Assert.Equal([code], vietnamese.ErrorCodes);
        Assert.Equal(System.Net.HttpStatusCode.OK, english.Status);
        Assert.Contains("search text", english.Errors[0].GetProperty("message").GetString());
        Assert.Contains("tìm kiếm", vietnamese.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Exactly_two_and_exactly_200_characters_are_accepted()
    {
        var brand = TestContent.Brand();
        await app.SaveAsync(brand);

        (await app.GraphQL().SearchAsync("ab", brand)).Ok();
        (await app.GraphQL().SearchAsync(new string('a', 200), brand)).Ok();
        (await app.GraphQL().SearchAsync("向日", brand)).Ok();
    }

    [Theory]
    [InlineData("festival %")]
    [InlineData("festival _")]
    [InlineData("festival'")]
    [InlineData("'festival'")]
    [InlineData("\"festival\"")]
    [InlineData("festival \\")]
    [InlineData("festival & !")]
    [InlineData("festival | nothing")]
    [InlineData("!festival")]
    [InlineData("festival <-> market")]
    [InlineData("festival:*")]
    [InlineData("(festival)")]
    [InlineData("festival:A")]
    public async Task Wildcards_quotes_backslashes_and_tsquery_operators_are_data(string text)
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("en", "The festival market of Pleiku", null));
        var decoy = SearchScene.Story(brand, ("en", "Markets and nothing else", null));
        await app.SaveAsync(brand, story, decoy);

        // Operators are dropped as punctuation: only the words count, all of them required.
        var found = (await app.GraphQL().SearchAsync(text, brand, "en")).Found();

        Assert.Equal(text.Contains("nothing", StringComparison.Ordinal) ? [] : [story.Id], found);
    }

    [Fact]
    public async Task Sql_in_the_text_is_searched_for_not_run()
    {
        var brand = TestContent.Brand();
        var story = SearchScene.Story(brand, ("en", "Festival", null));
        await app.SaveAsync(brand, story);

        var injected = await app.GraphQL().SearchAsync("festival'); DROP TABLE \"StoryVariants\"; --", brand, "en");

        Assert.Empty(injected.Edges());
        Assert.Equal([story.Id], (await app.GraphQL().SearchAsync("festival", brand, "en")).Found());
    }

    [Theory]
    [InlineData("%%")]
    [InlineData("__")]
    [InlineData("''")]
    [InlineData("\\\\")]
    [InlineData("& | ! <-> :* ( )")]
    [InlineData("the")]
    public async Task Text_with_no_words_at_all_finds_nothing_without_an_error(string text)
    {
        var brand = TestContent.Brand();
        await app.SaveAsync(brand, SearchScene.Story(brand, ("en", "The % and _ of it \\ ' & | !", null)));

        Assert.Empty((await app.GraphQL().SearchAsync(text, brand, "en")).Edges());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task First_outside_1_to_100_is_a_clear_error(int first)
    {
        var brand = TestContent.Brand();
        await app.SaveAsync(brand);

        Assert.Equal(["PAGE_SIZE_OUT_OF_RANGE"], (await app.GraphQL().SearchAsync("festival", brand, first: first)).ErrorCodes);
    }

    [Fact]
    public async Task An_unknown_brand_is_BRAND_NOT_FOUND()
    {
        var brand = TestContent.Brand();

        Assert.Equal(["BRAND_NOT_FOUND"], (await app.GraphQL().SearchAsync("festival", brand)).ErrorCodes);
    }
}
