using System.Net;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>An ID that is not a UUID is the caller's mistake, refused while the request is validated: never an INTERNAL_ERROR.</summary>
public sealed class MalformedIdTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static string Message(GraphQLResponse response) => response.Errors[0].GetProperty("message").GetString()!;

    public static TheoryData<string, object?, string> Requests => new()
    {
        { "{ variants(kind: STORY, id: \"abc\") { locale } }", null, "'id'" },
        { "query($t: ID) { auditLog(targetId: $t, first: 1) { id } }", new { t = "12345" }, "'$t'" },
        { "mutation { updateStory(id: \"abc\", input: { date: \"2026-01-01\" }) { id } }", null, "'id'" },
        { "mutation { createStory(brand: \"gia-lai\", input: { date: \"2026-01-01\", heroAsset: \"abc\" }) { id } }", null, "'heroAsset'" },
        {
            "mutation($i: StoryInput!) { updateStory(id: \"00000000-0000-0000-0000-000000000001\", input: $i) { id } }",
            new { i = new { date = "2026-01-01", heroAsset = "abc" } },
            "'$i.heroAsset'"
        },
        { "query($id: ID!) { variantHistory(kind: EVENT, id: $id, locale: \"vi\") { revision } }", new { id = 42 }, "'$id'" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task An_id_that_is_not_a_uuid_is_a_400_naming_the_argument(string query, object? variables, string named)
    {
        var response = await app.GraphQL().QueryAsync(query, variables);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Single(response.Errors);
        Assert.Contains(response.ErrorCodes[0], new[] { "ARGUMENTS_OF_CORRECT_TYPE", "INVALID_VALUE" });
        Assert.Contains(named, Message(response));
        Assert.Contains("'ID'", Message(response));
    }

    [Fact]
    public async Task A_uuid_in_any_case_is_an_id()
    {
        var story = (await app.GraphQL().QueryAsync("{ stories(brand: \"gia-lai\", first: 1) { edges { node { id } } } }")).Ok()
            .GetProperty("stories").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
        var variants = (await app.GraphQL().QueryAsync("query($id: ID!) { variants(kind: STORY, id: $id) { entityId } }", new { id = story.ToUpperInvariant() })).Ok();
        Assert.All(variants.GetProperty("variants").EnumerateArray(), v => Assert.Equal(story, v.GetProperty("entityId").GetString()));
    }
}
