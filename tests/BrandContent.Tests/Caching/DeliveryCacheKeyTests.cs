using System.Net.Http.Headers;
using System.Text;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Caching;

/// <summary>
/// What an entry of the response cache is found by: the request's bytes as sent, whatever their size, with the media
/// type and the language of the answer. Each case reads twice; a read answered from the cache runs no SQL statement.
/// </summary>
public sealed class DeliveryCacheKeyTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Markets = "{ markets { code } }";

    /// <summary>The same query, made exactly <paramref name="bytes"/> long with JSON whitespace.</summary>
    private static string BodyOf(int bytes, string query = Markets)
    {
        var json = $$"""{"query":"{{query}}"}""";
        return json[..^1] + new string(' ', bytes - json.Length) + "}";
    }

    /// <summary>The statements one request ran, and its answer.</summary>
    private async Task<(int Statements, string Body, string? MediaType)> SendAsync(string body, string accept = "application/graphql-response+json", string? language = null)
    {
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BrandContentApp.AdminToken);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        await app.GraphQL().QueryAsync(Markets); // the key's identity is known: only the read itself counts
        app.Statements.Reset();
        using var response = await http.SendAsync(request);
        var statements = app.Statements.Count;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (statements, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_request_larger_than_16_KiB_is_found_again_by_its_bytes_and_a_different_one_is_not()
    {
        var large = BodyOf(20 * 1024);
        var first = await SendAsync(large);
        var again = await SendAsync(large);
        var otherBytes = await SendAsync(BodyOf((20 * 1024) + 1));

        Assert.True(first.Statements > 0);
        Assert.Equal(0, again.Statements);
        Assert.Equal(first.Body, again.Body);
        Assert.True(otherBytes.Statements > 0);
    }

    [Fact]
    public async Task The_same_request_in_another_media_type_or_language_is_another_entry()
    {
        var body = BodyOf(200, "{ locales { tag } }");
        Assert.True((await SendAsync(body)).Statements > 0);
        Assert.Equal(0, (await SendAsync(body)).Statements);

        var json = await SendAsync(body, accept: "application/json");
        Assert.True(json.Statements > 0);
        Assert.Equal("application/json", json.MediaType);
        Assert.Equal(0, (await SendAsync(body, accept: "application/json")).Statements);

        Assert.True((await SendAsync(body, language: "vi")).Statements > 0);
        Assert.Equal(0, (await SendAsync(body, language: "vi")).Statements);
    }

    [Theory]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("Application/GraphQL-Response+JSON", "application/graphql-response+json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("text/html, application/json;q=0.9", "application/json")]
    public async Task Accept_picks_the_media_type_of_the_answer_whether_or_not_it_comes_from_the_cache(string accept, string answered)
    {
        var body = BodyOf(100, "{ markets { name } }");
        var first = await SendAsync(body, accept);
        var again = await SendAsync(body, accept);

        Assert.Equal(answered, first.MediaType);
        Assert.Equal(answered, again.MediaType);
        Assert.Equal(first.Body, again.Body);
    }

    [Fact]
    public async Task Without_an_accept_header_the_answer_is_application_json()
    {
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(BodyOf(100), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BrandContentApp.AdminToken);
        using var response = await http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }
}
