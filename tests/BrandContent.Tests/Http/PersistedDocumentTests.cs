using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>
/// Persisted documents as the GraphQL-over-HTTP draft has them: <c>documentId: "sha256:&lt;hash&gt;"</c> instead of the
/// query, over GET (the form a CDN caches) and POST, for allowlisted documents only.
/// </summary>
public sealed class PersistedDocumentTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string MarketQuery = "query Market($c: String!) { market(code: $c) { code } }";

    /// <summary>A query no other test sends, so it is not stored yet.</summary>
    private static string NewQuery() => $"query M{Guid.NewGuid():N}($c: String!) {{ market(code: $c) {{ code }} }}";

    private static string IdOf(string query) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static Task<GraphQLResponse> PostAsync(GraphQLClient client, string documentId, string? variables = """{"c":"kr"}""", string? acceptLanguage = null) =>
        client.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent($$"""{"documentId":{{JsonSerializer.Serialize(documentId)}},"variables":{{variables ?? "null"}}}""", Encoding.UTF8, "application/json"),
            },
            acceptLanguage);

    private static string GetUri(string documentId, string variables = """{"c":"kr"}""") =>
        "/graphql?documentId=" + Uri.EscapeDataString(documentId) + "&variables=" + Uri.EscapeDataString(variables);

    private static void AssertRefused(GraphQLResponse response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal(code, Assert.Single(response.ErrorCodes));
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    private static string MarketCode(GraphQLResponse response) => response.Ok().GetProperty("market").GetProperty("code").GetString()!;

    private async Task<string> RegisterAsync(string query)
    {
        var registered = (await app.GraphQL().QueryAsync(
            "mutation($q: String!) { registerPersistedQuery(query: $q) { documentId allowlisted } }", new { q = query })).Ok().GetProperty("registerPersistedQuery");
        Assert.True(registered.GetProperty("allowlisted").GetBoolean());
        return registered.GetProperty("documentId").GetString()!;
    }

    private async Task<string> KeyAsync(string role)
    {
        var created = await app.GraphQL().QueryAsync(
            "mutation($n: String!, $r: Role!) { createApiKey(input: { name: $n, role: $r }) { token } }", new { n = $"{role} {Guid.NewGuid():N}", r = role });
        return created.Ok().GetProperty("createApiKey").GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task An_allowlisted_document_runs_by_its_id_over_post_and_get_with_the_variables_sent()
    {
        var query = NewQuery();
        var id = await RegisterAsync(query);
        Assert.Equal(IdOf(query), id);

        Assert.Equal("KR", MarketCode(await PostAsync(app.GraphQL(), id)));
        Assert.Equal("JP", MarketCode(await app.GraphQL().SendAsync(new HttpRequestMessage(HttpMethod.Get, GetUri(id, """{"c":"jp"}""")))));
        Assert.Equal("FR", MarketCode(await PostAsync(app.GraphQL(), id.ToUpperInvariant().Replace("SHA256:", "sha256:"), """{"c":"fr"}""")));
    }

    [Fact]
    public async Task A_document_id_over_get_is_answered_from_the_cache_with_an_etag_a_cdn_can_keep_and_revalidate()
    {
        var id = await RegisterAsync(MarketQuery);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await KeyAsync("PUBLIC"));

        using var first = await client.GetAsync(GetUri(id));
        using var second = await client.GetAsync(GetUri(id));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var etag = Assert.IsType<System.Net.Http.Headers.EntityTagHeaderValue>(second.Headers.ETag);
        Assert.False(etag.IsWeak);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, GetUri(id));
        revalidate.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_document_stored_but_not_allowlisted_or_unknown_is_not_found_404()
    {
        // A public key's automatic persisted query is stored, not allowlisted: its hash is no document id.
        var query = NewQuery();
        var hash = IdOf(query)["sha256:".Length..];
        var publicKey = new GraphQLClient(app.CreateClient(), await KeyAsync("PUBLIC"));
        var body = JsonSerializer.Serialize(new { query, variables = new { c = "kr" }, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        Assert.Equal("KR", MarketCode(await publicKey.PostRawAsync(body)));

        AssertRefused(await PostAsync(app.GraphQL(), IdOf(query)), HttpStatusCode.NotFound, "PERSISTED_DOCUMENT_NOT_FOUND");
        var unknown = await PostAsync(app.GraphQL(), IdOf(NewQuery()));
        AssertRefused(unknown, HttpStatusCode.NotFound, "PERSISTED_DOCUMENT_NOT_FOUND");
        AssertRefused(await app.GraphQL().SendAsync(new HttpRequestMessage(HttpMethod.Get, GetUri(IdOf(NewQuery())))), HttpStatusCode.NotFound, "PERSISTED_DOCUMENT_NOT_FOUND");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("sha256:")]
    [InlineData("sha256:0123")]
    [InlineData("md5:0123456789abcdef0123456789abcdef")]
    [InlineData("sha256:zz23456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\u0000")]
    [InlineData("sha256:<script>alert(1)</script>56789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("x-custom:anything")]
    public async Task A_malformed_document_id_is_document_id_invalid_and_names_the_format(string id)
    {
        var refused = await PostAsync(app.GraphQL(), id);

        AssertRefused(refused, HttpStatusCode.BadRequest, "DOCUMENT_ID_INVALID");
        var message = refused.Errors[0].GetProperty("message").GetString()!;
        Assert.Contains("sha256:", message);
        Assert.DoesNotContain("<script>", message);
    }

    [Fact]
    public async Task A_huge_document_id_is_refused_without_being_echoed()
    {
        var refused = await PostAsync(app.GraphQL(), "sha256:" + new string('a', 100_000));

        AssertRefused(refused, HttpStatusCode.BadRequest, "DOCUMENT_ID_INVALID");
        Assert.True(refused.Errors[0].GetProperty("message").GetString()!.Length < 500);
    }

    [Fact]
    public async Task A_document_id_that_is_not_a_string_is_invalid_json_naming_the_member()
    {
        var refused = await app.GraphQL().PostRawAsync("""{"documentId":42}""");

        AssertRefused(refused, HttpStatusCode.BadRequest, "INVALID_JSON");
        Assert.Contains("documentId", refused.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_document_id_with_a_query_or_a_persisted_query_hash_is_a_bad_request_in_the_callers_language()
    {
        var id = await RegisterAsync(MarketQuery);

        var withQuery = await app.GraphQL().PostRawAsync($$"""{"documentId":"{{id}}","query":"{ markets { code } }"}""");
        AssertRefused(withQuery, HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.Contains("documentId", withQuery.Errors[0].GetProperty("message").GetString());

        var hash = id["sha256:".Length..];
        var withHash = await app.GraphQL().SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { documentId = id, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }), Encoding.UTF8, "application/json"),
            },
            acceptLanguage: "vi");
        AssertRefused(withHash, HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.Contains("không gửi cả hai", withHash.Errors[0].GetProperty("message").GetString());

        var unknown = await PostAsync(app.GraphQL(), IdOf(NewQuery()), acceptLanguage: "vi");
        Assert.StartsWith("Không có tài liệu", unknown.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task In_allowlist_mode_a_public_key_runs_documents_by_id_and_still_not_free_text()
    {
        var query = NewQuery();
        var id = await RegisterAsync(query);
        await using var server = app.WithWebHostBuilder(b => b.UseSetting("BrandContent:PersistedQueries:AllowlistOnly", "true"));
        var publicKey = new GraphQLClient(server.CreateClient(), await KeyAsync("PUBLIC"));

        Assert.Equal("KR", MarketCode(await PostAsync(publicKey, id)));
        AssertRefused(await publicKey.QueryAsync(NewQuery(), new { c = "kr" }), HttpStatusCode.BadRequest, "PERSISTED_QUERY_REQUIRED");
    }

    [Fact]
    public async Task A_mutation_document_runs_by_id_over_post_only()
    {
        const string mutation = "mutation Register($q: String!) { registerPersistedQuery(query: $q) { allowlisted } }";
        var id = await RegisterAsync(mutation);
        var variables = JsonSerializer.Serialize(new { q = NewQuery() });

        var overGet = await app.GraphQL().SendAsync(new HttpRequestMessage(HttpMethod.Get, GetUri(id, variables)));
        AssertRefused(overGet, HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
        Assert.True((await PostAsync(app.GraphQL(), id, variables)).Ok().GetProperty("registerPersistedQuery").GetProperty("allowlisted").GetBoolean());
    }

    [Fact]
    public async Task Persisted_queries_lists_each_documents_id()
    {
        var query = NewQuery();
        var id = await RegisterAsync(query);

        var listed = (await app.GraphQL().QueryAsync("{ persistedQueries { documentId query } }")).Ok().GetProperty("persistedQueries");
        Assert.Contains(listed.EnumerateArray(), q => q.GetProperty("documentId").GetString() == id && q.GetProperty("query").GetString() == query);
    }
}
