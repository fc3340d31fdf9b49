using BrandContent.Clarifications;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>What an attacker or a careless paste sends a clarification: each refused with a problem naming the field, or stored as inert text.</summary>
public sealed class ClarificationInputTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ClarificationScene scene = new(app);

    public static List<(string Field, string Rule)> Problems(GraphQLResponse response) =>
        [.. XliffFiles.Problems(response).Select(p => (p.Field, p.Rule))];

    public static List<(string Field, string Rule, string Message)> Messages(GraphQLResponse response) => XliffFiles.Problems(response);

    [Theory]
    [InlineData("javascript:alert(1)", "URL")]
    [InlineData("data:text/html,<script>alert(1)</script>", "URL")]
    [InlineData("ftp://files.example.com/claim.txt", "URL")]
    [InlineData("https://user:secret@social.example.com/post/1", "URL_CREDENTIALS")]
    [InlineData("https://social.example.com/post 1", "URL")]
    [InlineData("https://social.example.com/\u001bpost", "URL")]
    public async Task A_source_url_that_is_not_plain_http_or_https_is_refused(string url, string rule)
    {
        var brand = await scene.BrandAsync();
        Assert.Equal([("sourceUrl", rule)], Problems(await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" }, sourceUrl = url })));
    }

    [Fact]
    public async Task A_huge_source_url_is_refused_and_a_private_address_is_stored_as_a_record_never_fetched()
    {
        var brand = await scene.BrandAsync();
        var huge = "https://social.example.com/" + new string('a', Clarification.SourceUrlMaxLength);
        Assert.Equal([("sourceUrl", "MAX_LENGTH")], Problems(await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" }, sourceUrl = huge })));

        // An intranet page or a forwarded local link is where a claim was seen; the server never requests it.
        var created = (await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" }, sourceUrl = "http://192.168.1.10/forwarded" }))
            .Ok().GetProperty("createClarification");
        Assert.Contains(created.GetProperty("values").EnumerateArray(), v => v.GetProperty("name").GetString() == "sourceUrl" && v.GetProperty("value").GetString() == "http://192.168.1.10/forwarded");
    }

    [Fact]
    public async Task Markets_spread_and_related_stories_are_checked_and_another_brands_story_is_refused()
    {
        var brand = await scene.BrandAsync();
        var theirStory = (await app.GraphQL().QueryAsync("{ stories(brand: \"gia-lai\", first: 1) { edges { node { id } } } }"))
            .Ok().GetProperty("stories").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetGuid();

        var problems = Problems(await scene.CreateAsync(brand.Slug, new
        {
            severity = "MEDIUM",
            markets = new[] { "KR", "NOWHERE" },
            spreadOn = new[] { "Facebook", "line\nbreak", new string('x', ClarificationRules.SpreadOnMaxLength + 1) },
            relatedStories = new[] { theirStory, Guid.NewGuid() },
        }));
        Assert.Contains(("markets", "REFERENCE"), problems);
        Assert.Contains(("spreadOn", "SINGLE_LINE"), problems);
        Assert.Contains(("spreadOn", "MAX_LENGTH"), problems);
        Assert.Equal(2, problems.Count(p => p == ("relatedStories", "REFERENCE")));
        Assert.Equal([("markets", "REQUIRED")], Problems(await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = Array.Empty<string>() })));
        Assert.Equal(["VALIDATION_FAILED"], (await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" }, relatedStories = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()) })).ErrorCodes);
    }

    [Fact]
    public async Task Control_characters_and_huge_text_in_the_claim_are_refused_and_unsafe_markup_in_the_facts_too()
    {
        var brand = await scene.BrandAsync();
        var id = (await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" } })).Ok().GetProperty("createClarification").GetProperty("id").GetGuid();

        var control = Problems(await scene.Editing.UpsertAsync(ClarificationScene.Kind, id, "vi", null, new { title = "Tiêu\u001bđề", claim = "quoted\u0008claim", facts = "f" }));
        Assert.Equal([("title", "CONTROL_CHARACTER"), ("claim", "CONTROL_CHARACTER")], control);

        var problems = Problems(await scene.Editing.UpsertAsync(ClarificationScene.Kind, id, "vi", null, new
        {
            title = "Tiêu đề",
            claim = "quoted claim" + new string('x', ClarificationDescriptor.ClaimMaxLength),
            facts = "<img src=x onerror=alert(1)> facts",
        }));
        Assert.Contains(("claim", "MAX_LENGTH"), problems);
        Assert.Contains(("facts", "UNSAFE_MARKUP"), problems);

        var huge = Problems(await scene.Editing.UpsertAsync(ClarificationScene.Kind, id, "vi", null, new { title = "t", claim = "c", facts = new string('f', ClarificationDescriptor.FactsMaxLength + 1) }));
        Assert.Equal([("facts", "MAX_LENGTH")], huge);
        Assert.Equal([("claim", "CONTROL_CHARACTER")], Problems(await scene.Editing.UpsertAsync(ClarificationScene.Kind, id, "vi", null, new { title = "t", claim = "a\u0007b", facts = "f" })));
    }

    [Fact]
    public async Task Markup_quoted_in_a_claim_is_kept_as_text_and_served_as_text()
    {
        var brand = await scene.BrandAsync();
        var id = (await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" } })).Ok().GetProperty("createClarification").GetProperty("id").GetGuid();
        const string Claim = "They wrote: <script>alert('closed')</script> & “the festival is over”";
        await scene.Editing.UpsertOkAsync(ClarificationScene.Kind, id, "vi", null, new { title = "Không đúng", claim = Claim, facts = "It is **not** over." });
        (await scene.PublishNowAsync(id)).Ok();

        var served = Assert.Single(await scene.ClarificationsAsync(brand.Slug, (await Keys.ForEveryRoleAsync(app))["PUBLIC"], fields: "claim factsHtml"));
        Assert.Equal(Claim, served.GetProperty("claim").GetString());
        Assert.Contains("<strong>not</strong>", served.GetProperty("factsHtml").GetString());
    }

    [Fact]
    public async Task Problems_are_worded_in_the_callers_language()
    {
        var brand = await scene.BrandAsync();
        var vi = Messages(await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" }, sourceUrl = "https://a:b@x.example.com/" }, acceptLanguage: "vi"));
        var en = Messages(await scene.CreateAsync(brand.Slug, new { severity = "LOW", markets = new[] { "KR" }, sourceUrl = "https://a:b@x.example.com/" }, acceptLanguage: "en"));
        Assert.NotEqual(en.Single().Message, vi.Single().Message);
        Assert.DoesNotContain("secret", vi.Single().Message);
    }
}
