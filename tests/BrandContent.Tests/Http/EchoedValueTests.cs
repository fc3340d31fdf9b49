using System.Net;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>An error message shows at most 100 characters of any value the caller sent, then an ellipsis.</summary>
public sealed class EchoedValueTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly string Huge = new('x', 200_000);
    private static readonly string Shown = new string('x', 100) + "…";

    private static string Message(GraphQLResponse response) => response.Errors[0].GetProperty("message").GetString()!;

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task A_200000_character_slug_comes_back_cut_at_100_characters(string language)
    {
        var response = await app.GraphQL().QueryAsync("query($b: String!) { stories(brand: $b) { totalCount } }", new { b = Huge }, language);

        Assert.Equal(["BRAND_NOT_FOUND"], response.ErrorCodes);
        var message = Message(response);
        Assert.Contains($"'{Shown}'", message);
        Assert.True(message.Length < 300, $"{message.Length} characters");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task A_200000_character_invalid_variable_value_comes_back_cut(string language)
    {
        var response = await app.GraphQL().QueryAsync(
            "query($n: Int) { stories(brand: \"gia-lai\", first: $n) { totalCount } }", new { n = Huge }, language);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var message = Message(response);
        Assert.Contains("$n", message);
        Assert.Contains(Shown, message);
        Assert.True(message.Length < 400, $"{message.Length} characters");
    }

    [Fact]
    public async Task A_200000_character_literal_and_field_name_come_back_cut()
    {
        var literal = await app.GraphQL().QueryAsync("{ stories(brand: \"gia-lai\", first: \"" + Huge + "\") { totalCount } }");
        Assert.Equal(HttpStatusCode.BadRequest, literal.Status);
        Assert.True(Message(literal).Length < 400, $"{Message(literal).Length} characters");
        Assert.Contains(Shown, Message(literal));

        var field = await app.GraphQL().QueryAsync("{ " + Huge + " }");
        Assert.True(Message(field).Length < 400, $"{Message(field).Length} characters");
    }

    [Fact]
    public async Task Validation_problems_show_cut_values_and_field_names()
    {
        var brand = await app.GraphQL().QueryAsync("mutation($i: BrandInput!) { createBrand(input: $i) { id } }", new
        {
            i = new { slug = "echo", level = "PROVINCE", sourceLocale = "vi", colors = new[] { new { name = "Đỏ", hex = "#" + Huge, role = "PRIMARY" } } },
        });
        var hex = Assert.Single(XliffFiles.Problems(brand));
        Assert.Equal("HEX_COLOR", hex.Rule);
        Assert.Contains("'#" + new string('x', 99) + "…'", hex.Message);
        Assert.True(hex.Message.Length < 300, $"{hex.Message.Length} characters");

        var story = (await app.GraphQL().QueryAsync("{ stories(brand: \"gia-lai\", first: 1) { edges { node { id } } } }"))
            .Ok().GetProperty("stories").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();
        var field = await app.GraphQL().QueryAsync(
            "mutation($id: ID!, $f: [FieldValueInput!]!) { upsertVariant(kind: STORY, id: $id, locale: \"vi\", expectedRevision: 1, fields: $f) { revision } }",
            new { id = story, f = new[] { new { name = Huge, value = "x" } } });
        var unknown = Assert.Single(XliffFiles.Problems(field));
        Assert.Equal(Shown, unknown.Field);
        Assert.True(unknown.Message.Length < 300, $"{unknown.Message.Length} characters");
        Assert.True(Message(field).Length < 400, $"{Message(field).Length} characters");
    }
}
