using System.Net;
using System.Text;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>The endpoint follows the GraphQL-over-HTTP spec; bad requests get a 4xx with a coded error and the server keeps serving.</summary>
public sealed class GraphQLOverHttpTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Good = "{ markets { code } }";

    private async Task AssertStillServingAsync()
    {
        var response = await app.GraphQL().QueryAsync(Good);
        Assert.NotEqual(0, response.Ok().GetProperty("markets").GetArrayLength());
    }

    private async Task AssertRefusedAsync(GraphQLResponse response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal(code, Assert.Single(response.ErrorCodes));
        Assert.False(string.IsNullOrWhiteSpace(response.Errors[0].GetProperty("message").GetString()));
        Assert.False(response.Body.TryGetProperty("data", out _));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_answers_in_graphql_response_json_by_default_and_json_when_asked()
    {
        var modern = await app.GraphQL().PostRawAsync($$"""{"query":"{{Good}}"}""");
        Assert.Equal(HttpStatusCode.OK, modern.Status);
        Assert.Equal("application/graphql-response+json", modern.ContentType?.MediaType);

        var legacy = await app.GraphQL().PostRawAsync($$"""{"query":"{{Good}}"}""", accept: "application/json");
        Assert.Equal("application/json", legacy.ContentType?.MediaType);
        Assert.NotEqual(0, legacy.Ok().GetProperty("markets").GetArrayLength());
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_and_operation_name()
    {
        var client = app.GraphQL();
        var uri = "/graphql?query=" + Uri.EscapeDataString("query M($c: String!) { market(code: $c) { code } } query N { locales { tag } }")
            + "&operationName=M&variables=" + Uri.EscapeDataString("{\"c\":\"kr\"}");
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri));
        Assert.Equal("KR", response.Ok().GetProperty("market").GetProperty("code").GetString());
    }

    [Fact]
    public Task Malformed_json_is_a_400() =>
        app.GraphQL().PostRawAsync("{\"query\": \"{ markets { code } }\"").ContinueWith(t => AssertRefusedAsync(t.Result, HttpStatusCode.BadRequest, "INVALID_JSON")).Unwrap();

    [Fact]
    public async Task A_batch_of_operations_is_refused_as_one_request_per_operation_is_allowed()
    {
        var response = await app.GraphQL().PostRawAsync($$"""[{"query":"{{Good}}"},{"query":"{{Good}}"}]""");
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "INVALID_JSON");
    }

    [Fact]
    public async Task Request_without_a_query_is_a_400()
    {
        await AssertRefusedAsync(await app.GraphQL().PostRawAsync("{\"variables\": {}}"), HttpStatusCode.BadRequest, "MISSING_QUERY");
        await AssertRefusedAsync(await app.GraphQL().PostRawAsync("{}"), HttpStatusCode.BadRequest, "MISSING_QUERY");
    }

    [Fact]
    public async Task Unknown_field_is_a_400_validation_error()
    {
        var response = await app.GraphQL().PostRawAsync("{\"query\": \"{ markets { code population } }\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("population", response.Errors[0].GetProperty("message").GetString());
        Assert.NotNull(response.ErrorCodes[0]);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Syntax_error_is_a_400_with_its_location()
    {
        var response = await app.GraphQL().PostRawAsync("{\"query\": \"{ markets { code }\"}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("SYNTAX_ERROR", response.ErrorCodes[0]);
        Assert.True(response.Errors[0].TryGetProperty("locations", out _));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Wrong_content_type_is_a_415()
    {
        var response = await app.GraphQL().PostRawAsync(Good, contentType: "text/plain");
        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Mutation_over_get_is_a_405_that_allows_post()
    {
        var response = await app.GraphQL().GetAsync("mutation { publish }");
        Assert.Equal("POST", response.Headers["Allow"]);
        await AssertRefusedAsync(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task Other_methods_are_a_405()
    {
        var response = await app.GraphQL().SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent(Good) });
        await AssertRefusedAsync(response, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_a_406()
    {
        var response = await app.GraphQL().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query":"{{Good}}"}""", Encoding.UTF8, "application/json"),
        }, accept: "text/html");
        await AssertRefusedAsync(response, HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE");
    }

    [Fact]
    public async Task Over_deep_query_is_refused_before_it_runs()
    {
        var deep = "{ brand(slug: \"viet-nam\") { " + string.Concat(Enumerable.Repeat("children { ", 20)) + "slug"
            + new string('}', 20) + " } }";
        app.Statements.Reset();
        var response = await app.GraphQL().QueryAsync(deep);
        Assert.Equal(0, app.Statements.Count);
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task Huge_query_is_refused_by_its_token_count()
    {
        var huge = "{ " + string.Concat(Enumerable.Range(0, 3000).Select(i => $"a{i}: __typename ")) + "}";
        var response = await app.GraphQL().QueryAsync(huge);
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "QUERY_TOO_LARGE");
    }

    [Theory]
    [InlineData("en", "64 levels")]
    [InlineData("vi", "64 cấp")]
    public async Task Query_nested_past_the_parser_limit_says_the_limit_in_levels(string language, string limit)
    {
        var nested = "{ a" + string.Concat(Enumerable.Repeat(" { a", 70)) + new string('}', 71);
        var response = await app.GraphQL().QueryAsync(nested, acceptLanguage: language);
        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "QUERY_TOO_NESTED");
        Assert.Contains(limit, response.Errors[0].GetProperty("message").GetString());

        var registered = await app.GraphQL().QueryAsync("mutation($q: String!) { registerPersistedQuery(query: $q) { hash } }", new { q = nested }, language);
        Assert.Equal(["QUERY_TOO_NESTED"], registered.ErrorCodes);
        Assert.Contains(limit, registered.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Wrong_variable_type_is_a_400_that_names_the_variable()
    {
        var response = await app.GraphQL().QueryAsync("query($f: Int) { stories(brand: \"gia-lai\", first: $f) { totalCount } }", new { f = "many" });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("$f", response.Errors[0].GetProperty("message").GetString());
        await AssertStillServingAsync();
    }
}
