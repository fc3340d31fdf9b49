using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Delivery;

/// <summary>Brand slugs, market and audience codes and tags have one spelling: any case and surrounding space finds the same thing.</summary>
public sealed class NormalizedNamesTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Stories = "query($b: String!, $m: String, $t: String) { stories(brand: $b, market: $m, tag: $t, first: 50) { totalCount edges { node { id locale } } } }";

    [Fact]
    public async Task A_brand_slug_market_code_and_tag_in_another_spelling_find_the_same_stories()
    {
        var canonical = (await app.GraphQL().QueryAsync(Stories, new { b = "gia-lai", m = "KR", t = "festival" })).Ok().GetProperty("stories");
        Assert.True(canonical.GetProperty("totalCount").GetInt32() > 0);

        var spelled = (await app.GraphQL().QueryAsync(Stories, new { b = " Gia-Lai ", m = "kr ", t = " FESTIVAL" })).Ok().GetProperty("stories");
        Assert.Equal(canonical.ToString(), spelled.ToString());
    }

    [Fact]
    public async Task A_market_and_an_audience_are_found_in_any_case()
    {
        Assert.Equal("JP", (await app.GraphQL().QueryAsync("{ market(code: \" jp\") { code } }")).Ok().GetProperty("market").GetProperty("code").GetString());
        var messages = (await app.GraphQL().QueryAsync("{ keyMessages(brand: \"hai-phong\", market: \"jp\", audience: \"investors\") { headline } }")).Ok();
        Assert.NotEmpty(messages.GetProperty("keyMessages").EnumerateArray());
    }

    [Fact]
    public async Task A_key_scoped_with_other_spellings_reaches_its_brand_and_market()
    {
        var partner = app.GraphQL(await Keys.CreateAsync(app, "spelled partner", "PARTNER", brands: ["Gia-Lai"], markets: ["kr"]));
        (await partner.QueryAsync(Stories, new { b = "GIA-LAI", m = "Kr", t = (string?)null })).Ok();
        Assert.Equal(["OUT_OF_SCOPE"], (await partner.QueryAsync(Stories, new { b = "gia-lai", m = "jp", t = (string?)null })).ErrorCodes);
    }
}
