using System.Net;
using System.Text;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>
/// Whatever a client sends as the request's JSON, a body or query-string parameter the server cannot read is a
/// 400 INVALID_JSON that says what is wrong in the request's own terms, never in .NET's.
/// </summary>
public sealed class RequestJsonTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Query = "query($s: String!) { brand(slug: $s) { slug } }";

    /// <summary>Text that only .NET would write: type names, exception text, System.Text.Json paths.</summary>
    private static readonly string[] DotNetWords =
        ["GraphQL.", "System.", "Inputs", "GraphQLRequest", "Path: $", "LineNumber", "BytePositionInLine", "could not be converted", "isFinalBlock", "JSON token"];

    private async Task<string> RefusedAsync(GraphQLResponse response, string? acceptLanguage = null)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
        var message = response.Errors[0].GetProperty("message").GetString()!;
        Assert.All(DotNetWords, word => Assert.DoesNotContain(word, message, StringComparison.Ordinal));
        Assert.NotEqual(0, (await app.GraphQL().QueryAsync("{ markets { code } }")).Ok().GetProperty("markets").GetArrayLength());
        return message;
    }

    private Task<GraphQLResponse> GetAsync(string variables) =>
        app.GraphQL().SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(Query)}&variables={Uri.EscapeDataString(variables)}"));

    [Fact]
    public async Task A_key_given_twice_in_variables_is_a_400_naming_the_key()
    {
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync($$$"""{"query":"{{{Query}}}","variables":{"s":"a","s":"b"}}"""));
        Assert.Contains("'s'", message);
        Assert.Contains("variables", message);

        var nested = await RefusedAsync(await app.GraphQL().PostRawAsync("{\"query\":\"" + Query + "\",\"variables\":{\"s\":\"a\",\"i\":{\"x\":[{\"k\":1,\"k\":2}]}}}"));
        Assert.Contains("'k'", nested);
        Assert.Contains("variables.i.x[0]", nested);

        var get = await RefusedAsync(await GetAsync("""{"s":"a","s":"b"}"""));
        Assert.Contains("'s'", get);
    }

    [Fact]
    public async Task A_request_key_given_twice_is_refused_instead_of_silently_taking_the_last()
    {
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync("""{"query":"{ markets { code } }","query":"{ brands { slug } }"}"""));
        Assert.Contains("'query'", message);
    }

    [Theory]
    [InlineData("""{"query":"{ markets { code } }","variables":[1]}""", "'variables'", "array")]
    [InlineData("""{"query":"{ markets { code } }","variables":"{}"}""", "'variables'", "string")]
    [InlineData("""{"query":"{ markets { code } }","variables":5}""", "'variables'", "number")]
    [InlineData("""{"query":"{ markets { code } }","extensions":true}""", "'extensions'", "true")]
    [InlineData("""{"query":5}""", "'query'", "number")]
    [InlineData("""{"query":"{ markets { code } }","operationName":{}}""", "'operationName'", "object")]
    public async Task A_member_of_the_wrong_JSON_type_says_what_it_must_be(string body, string member, string got)
    {
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync(body));
        Assert.Contains(member, message);
        Assert.Contains(got, message);
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("[]", "array")]
    [InlineData("\"{ markets { code } }\"", "string")]
    public async Task A_body_that_is_not_a_JSON_object_is_INVALID_JSON(string body, string got)
    {
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync(body));
        Assert.Contains(got, message);
    }

    [Fact]
    public async Task Truncated_JSON_says_where_it_breaks()
    {
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync("{\"query\":\"{ markets { code } }\""));
        Assert.Contains("line 1, position 32", message);

        var vietnamese = await app.GraphQL().SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":", Encoding.UTF8, "application/json") }, acceptLanguage: "vi");
        Assert.Contains("dòng 1", vietnamese.Errors[0].GetProperty("message").GetString());

        var get = await RefusedAsync(await GetAsync("{\"s\":"));
        Assert.Contains("'variables'", get);
        Assert.Contains("line 1", get);
    }

    [Fact]
    public async Task An_empty_body_is_INVALID_JSON()
    {
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync(""));
        Assert.Contains("empty", message);
    }

    [Fact]
    public async Task JSON_nested_past_the_limit_is_refused_with_the_limit()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync($$$"""{"query":"{{{Query}}}","variables":{"s":{{{deep}}}}}"""));
        Assert.Contains("64", message);

        // Far deeper than any parser stack would like: still one clear answer.
        var abyss = new string('[', 200_000);
        Assert.Contains("64", await RefusedAsync(await app.GraphQL().PostRawAsync($$$"""{"variables":{"s":{{{abyss}}}""")));
    }

    [Fact]
    public async Task A_lone_surrogate_escape_in_variables_is_not_text()
    {
        var message = await RefusedAsync(await app.GraphQL().PostRawAsync($$$"""{"query":"{{{Query}}}","variables":{"s":"a\ud800"}}"""));
        Assert.Contains("variables.s", message);

        var key = await RefusedAsync(await app.GraphQL().PostRawAsync($$$"""{"query":"{{{Query}}}","variables":{"\udfff":"a"}}"""));
        Assert.Contains("variables", key);
    }

    [Fact]
    public async Task Huge_numbers_and_a_byte_order_mark_are_read_as_JSON_allows()
    {
        var huge = await app.GraphQL().PostRawAsync($$$"""{"query":"{{{Query}}}","variables":{"s":"gia-lai","n":1e400,"m":123456789012345678901234567890}}""");
        Assert.Equal("gia-lai", huge.Ok().GetProperty("brand").GetProperty("slug").GetString());

        var asNumber = await app.GraphQL().PostRawAsync("""{"query":"query($n: Int) { stories(brand: \"gia-lai\", first: $n) { totalCount } }","variables":{"n":1e400}}""");
        Assert.Equal(HttpStatusCode.BadRequest, asNumber.Status);
        Assert.NotEmpty(asNumber.ErrorCodes);

        var bom = await app.GraphQL().PostRawAsync("\uFEFF{\"query\":\"{ markets { code } }\"}");
        Assert.NotEqual(0, bom.Ok().GetProperty("markets").GetArrayLength());
    }
}
