using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BrandContent.Tests.Http;

/// <summary>Automatic persisted queries the way Apollo clients use them, and allowlist mode for public and partner keys.</summary>
public sealed class PersistedQueryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Json = "application/json";

    /// <summary>A query no other test sends, so it is not stored yet.</summary>
    private static string NewQuery() => $"{{ q{Guid.NewGuid():N}: markets {{ code }} }}";

    private static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static string Extensions(string hash, int version = 1) =>
        JsonSerializer.Serialize(new { persistedQuery = new { version, sha256Hash = hash } });

    private static Task<GraphQLResponse> PostAsync(GraphQLClient client, string hash, string? query = null, string accept = GraphQLClient.GraphQLResponse) =>
        client.PostRawAsync(
            query is null
                ? $$"""{"extensions":{{Extensions(hash)}}}"""
                : $$"""{"query":{{JsonSerializer.Serialize(query)}},"extensions":{{Extensions(hash)}}}""",
            accept: accept);

    private static Task<GraphQLResponse> GetAsync(GraphQLClient client, string hash, string? query = null, string? variables = null)
    {
        var uri = "/graphql?extensions=" + Uri.EscapeDataString(Extensions(hash))
            + (query is null ? "" : "&query=" + Uri.EscapeDataString(query))
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        return client.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri));
    }

    private static void AssertRefused(GraphQLResponse response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal(code, Assert.Single(response.ErrorCodes));
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    private static int MarketCount(GraphQLResponse response) => response.Ok().EnumerateObject().Single().Value.GetArrayLength();

    private async Task<string> KeyAsync(string role)
    {
        var created = await app.GraphQL().QueryAsync(
            "mutation($n: String!, $r: Role!) { createApiKey(input: { name: $n, role: $r }) { key { id } token } }",
            new { n = $"{role} {Guid.NewGuid():N}", r = role });
        return created.Ok().GetProperty("createApiKey").GetProperty("token").GetString()!;
    }

    private async Task<JsonElement?> StoredAsync(string hash)
    {
        var list = (await app.GraphQL().QueryAsync("{ persistedQueries { hash query createdBy allowlisted } }")).Ok().GetProperty("persistedQueries");
        return list.EnumerateArray().Where(q => q.GetProperty("hash").GetString() == hash).Select(q => (JsonElement?)q).SingleOrDefault();
    }

    /// <summary>A second server on the same database in allowlist mode, reached with <paramref name="token"/>.</summary>
    private static GraphQLClient Client(WebApplicationFactory<Program> server, string token) => new(server.CreateClient(), token);

    private WebApplicationFactory<Program> AllowlistServer() =>
        app.WithWebHostBuilder(b => b.UseSetting("BrandContent:PersistedQueries:AllowlistOnly", "true"));

    [Fact]
    public async Task Unknown_hash_is_persisted_query_not_found_400_or_200_for_json_clients()
    {
        var hash = Sha256(NewQuery());

        AssertRefused(await PostAsync(app.GraphQL(), hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");
        AssertRefused(await GetAsync(app.GraphQL(), hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");
        var legacy = await PostAsync(app.GraphQL(), hash, accept: Json);
        Assert.Equal(Json, legacy.ContentType?.MediaType);
        AssertRefused(legacy, HttpStatusCode.OK, "PERSISTED_QUERY_NOT_FOUND");
        Assert.Contains(hash, legacy.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Query_sent_with_its_hash_is_stored_and_then_runs_by_hash_over_post_and_get()
    {
        var query = NewQuery();
        var hash = Sha256(query);
        var client = app.GraphQL();
        AssertRefused(await PostAsync(client, hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");

        var registered = await PostAsync(client, hash, query);
        var markets = MarketCount(registered);
        Assert.NotEqual(0, markets);

        Assert.Equal(markets, MarketCount(await PostAsync(client, hash)));
        Assert.Equal(markets, MarketCount(await GetAsync(client, hash)));
        Assert.Equal(markets, MarketCount(await PostAsync(client, hash.ToUpperInvariant())));
        var stored = Assert.NotNull(await StoredAsync(hash));
        Assert.Equal(query, stored.GetProperty("query").GetString());
        Assert.True(stored.GetProperty("allowlisted").GetBoolean());
    }

    [Fact]
    public async Task Query_and_hash_over_get_registers_and_variables_apply_to_the_stored_document()
    {
        const string query = "query Market($c: String!) { market(code: $c) { code } }";
        var hash = Sha256(query);

        Assert.Equal("KR", (await GetAsync(app.GraphQL(), hash, query, """{"c":"kr"}""")).Ok().GetProperty("market").GetProperty("code").GetString());
        Assert.Equal("JP", (await GetAsync(app.GraphQL(), hash, variables: """{"c":"jp"}""")).Ok().GetProperty("market").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Hash_is_the_lowercase_hex_sha256_of_the_utf8_text()
    {
        const string query = "# Cồng chiêng\n{ locales { tag } }";
        const string hash = "e4781c1cf84070c29aed5cd3cbb548e06945351c5447e4590c91ccde6da0c19c";

        Assert.NotEqual(0, (await PostAsync(app.GraphQL(), hash, query)).Ok().GetProperty("locales").GetArrayLength());
        Assert.NotEqual(0, (await PostAsync(app.GraphQL(), hash)).Ok().GetProperty("locales").GetArrayLength());
    }

    [Fact]
    public async Task Wrong_hash_is_a_400_hash_mismatch_and_nothing_is_stored()
    {
        var query = NewQuery();
        var wrong = Sha256(query + " ");

        var response = await PostAsync(app.GraphQL(), wrong, query);

        AssertRefused(response, HttpStatusCode.BadRequest, "PERSISTED_QUERY_HASH_MISMATCH");
        Assert.Null(await StoredAsync(wrong));
        Assert.Null(await StoredAsync(Sha256(query)));
        AssertRefused(await PostAsync(app.GraphQL(), wrong), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");
    }

    [Fact]
    public async Task Invalid_document_sent_with_its_hash_is_not_stored()
    {
        var query = "{ markets { code population } }";
        var hash = Sha256(query);

        var response = await PostAsync(app.GraphQL(), hash, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("population", response.Errors[0].GetProperty("message").GetString());
        AssertRefused(await PostAsync(app.GraphQL(), hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");
    }

    [Fact]
    public async Task Persisted_query_extension_other_than_version_1_with_a_hash_is_a_bad_request()
    {
        var query = NewQuery();

        AssertRefused(
            await app.GraphQL().PostRawAsync($$"""{"query":"{{query}}","extensions":{{Extensions(Sha256(query), version: 2)}}}"""),
            HttpStatusCode.BadRequest, "BAD_REQUEST");
        AssertRefused(await PostAsync(app.GraphQL(), "not-a-hash", query), HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    [Fact]
    public async Task Document_stored_through_one_server_runs_by_hash_on_another_on_the_same_database()
    {
        var query = NewQuery();
        var hash = Sha256(query);
        await using var twin = app.Twin();
        await twin.InitializeAsync();
        AssertRefused(await PostAsync(twin.GraphQL(), hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");

        var markets = MarketCount(await PostAsync(app.GraphQL(), hash, query));

        Assert.Equal(markets, MarketCount(await PostAsync(twin.GraphQL(), hash)));
        Assert.Equal(markets, MarketCount(await GetAsync(twin.GraphQL(), hash)));
    }

    [Fact]
    public async Task Public_key_stores_documents_but_does_not_allowlist_them()
    {
        var query = NewQuery();
        var hash = Sha256(query);
        var publicKey = await KeyAsync("PUBLIC");

        MarketCount(await PostAsync(app.GraphQL(publicKey), hash, query));

        var stored = Assert.NotNull(await StoredAsync(hash));
        Assert.False(stored.GetProperty("allowlisted").GetBoolean());
        Assert.StartsWith("PUBLIC ", stored.GetProperty("createdBy").GetString());
        MarketCount(await PostAsync(app.GraphQL(publicKey), hash));
    }

    [Fact]
    public async Task In_allowlist_mode_public_and_partner_keys_run_only_allowlisted_documents()
    {
        var query = NewQuery();
        var hash = Sha256(query);
        var publicKey = await KeyAsync("PUBLIC");
        var partnerKey = await KeyAsync("PARTNER");
        await using var strict = AllowlistServer();

        var free = await Client(strict, publicKey).QueryAsync(query);
        AssertRefused(free, HttpStatusCode.BadRequest, "PERSISTED_QUERY_REQUIRED");
        Assert.Contains("PUBLIC", free.Errors[0].GetProperty("message").GetString());
        AssertRefused(await Client(strict, partnerKey).QueryAsync(query), HttpStatusCode.BadRequest, "PERSISTED_QUERY_REQUIRED");

        var registered = (await Client(strict, BrandContentApp.AdminToken).QueryAsync(
            "mutation($q: String!) { registerPersistedQuery(query: $q) { hash query allowlisted } }", new { q = query }))
            .Ok().GetProperty("registerPersistedQuery");
        Assert.Equal(hash, registered.GetProperty("hash").GetString());
        Assert.True(registered.GetProperty("allowlisted").GetBoolean());

        Assert.NotEqual(0, MarketCount(await PostAsync(Client(strict, publicKey), hash)));
        Assert.NotEqual(0, MarketCount(await GetAsync(Client(strict, publicKey), hash)));
        Assert.NotEqual(0, MarketCount(await Client(strict, partnerKey).QueryAsync(query)));
        AssertRefused(await Client(strict, publicKey).QueryAsync(NewQuery()), HttpStatusCode.BadRequest, "PERSISTED_QUERY_REQUIRED");
    }

    [Fact]
    public async Task In_allowlist_mode_a_public_key_may_not_register_documents()
    {
        var query = NewQuery();
        var hash = Sha256(query);
        var publicKey = await KeyAsync("PUBLIC");
        await using var strict = AllowlistServer();

        AssertRefused(await PostAsync(Client(strict, publicKey), hash, query), HttpStatusCode.BadRequest, "PERSISTED_QUERY_REQUIRED");
        AssertRefused(await PostAsync(Client(strict, publicKey), hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");
        Assert.Null(await StoredAsync(hash));
    }

    [Fact]
    public async Task In_allowlist_mode_an_editors_registration_is_usable_by_a_public_key()
    {
        var query = NewQuery();
        var hash = Sha256(query);
        var publicKey = await KeyAsync("PUBLIC");
        var editorKey = await KeyAsync("EDITOR");
        await using var strict = AllowlistServer();
        AssertRefused(await PostAsync(Client(strict, publicKey), hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_NOT_FOUND");

        Assert.NotEqual(0, MarketCount(await PostAsync(Client(strict, editorKey), hash, query)));

        Assert.NotEqual(0, MarketCount(await PostAsync(Client(strict, publicKey), hash)));
        Assert.True(Assert.NotNull(await StoredAsync(hash)).GetProperty("allowlisted").GetBoolean());
        var audit = (await app.GraphQL().QueryAsync("{ auditLog(operation: \"registerPersistedQuery\", first: 500) { actor after } }")).Ok().GetProperty("auditLog");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("after").GetString()!.Contains(hash) && e.GetProperty("actor").GetString()!.StartsWith("EDITOR "));
    }

    [Fact]
    public async Task In_allowlist_mode_other_roles_still_send_free_queries()
    {
        await using var strict = AllowlistServer();
        foreach (var role in new[] { "EDITOR", "TRANSLATOR", "REVIEWER" })
        {
            Assert.NotEqual(0, MarketCount(await Client(strict, await KeyAsync(role)).QueryAsync(NewQuery())));
        }

        Assert.NotEqual(0, MarketCount(await Client(strict, BrandContentApp.AdminToken).QueryAsync(NewQuery())));
    }

    [Fact]
    public async Task Allowlisting_on_another_server_lifts_the_refusal_of_a_document_this_server_has_cached()
    {
        var query = NewQuery();
        var hash = Sha256(query);
        var publicKey = await KeyAsync("PUBLIC");
        MarketCount(await PostAsync(app.GraphQL(publicKey), hash, query));
        await using var strict = AllowlistServer();
        AssertRefused(await PostAsync(Client(strict, publicKey), hash), HttpStatusCode.BadRequest, "PERSISTED_QUERY_REQUIRED");

        MarketCount(await PostAsync(app.GraphQL(await KeyAsync("EDITOR")), hash, query));

        Assert.NotEqual(0, MarketCount(await PostAsync(Client(strict, publicKey), hash)));
    }

    [Fact]
    public async Task Register_mutation_refuses_invalid_documents_with_their_graphql_errors()
    {
        var syntax = await app.GraphQL().QueryAsync("mutation($q: String!) { registerPersistedQuery(query: $q) { hash } }", new { q = "{ markets { code }" });
        Assert.Equal("SYNTAX_ERROR", Assert.Single(syntax.ErrorCodes));

        var invalid = "{ markets { code population } nope }";
        var validation = await app.GraphQL().QueryAsync("mutation($q: String!) { registerPersistedQuery(query: $q) { hash } }", new { q = invalid });
        Assert.Equal(2, validation.Errors.Count);
        Assert.All(validation.ErrorCodes, code => Assert.Equal("FIELDS_ON_CORRECT_TYPE", code));
        Assert.Contains(validation.Errors, e => e.GetProperty("message").GetString()!.Contains("population"));
        Assert.Null(await StoredAsync(Sha256(invalid)));

        var deep = "{ brand(slug: \"viet-nam\") { " + string.Concat(Enumerable.Repeat("children { ", 14)) + "slug" + new string('}', 14) + " } }";
        var complex = await app.GraphQL().QueryAsync("mutation($q: String!) { registerPersistedQuery(query: $q) { hash } }", new { q = deep });
        Assert.Equal("QUERY_TOO_COMPLEX", Assert.Single(complex.ErrorCodes));
        Assert.Null(await StoredAsync(Sha256(deep)));
    }

    [Fact]
    public async Task Registration_and_requests_judge_a_document_by_the_same_limits_introspection_free()
    {
        // Under a complexity limit that GraphiQL's own schema query exceeds unless introspection costs nothing.
        await using var server = app.With(("BrandContent:GraphQL:MaxComplexity", "60"));
        const string schemaQuery = "{ __schema { types { name fields { name args { name type { name } } } } } }";
        Assert.Equal(JsonValueKind.Array, (await server.GraphQL().QueryAsync(schemaQuery)).Ok().GetProperty("__schema").GetProperty("types").ValueKind);
        var registered = await server.GraphQL().QueryAsync("mutation($q: String!) { registerPersistedQuery(query: $q) { hash } }", new { q = schemaQuery });
        Assert.Equal(Sha256(schemaQuery), registered.Ok().GetProperty("registerPersistedQuery").GetProperty("hash").GetString());

        // And what a request is refused for, registration refuses too.
        const string costly = "{ brands { pillars { name } children { pillars { name } children { slug } } } }";
        Assert.Equal(["QUERY_TOO_COMPLEX"], (await server.GraphQL().QueryAsync(costly)).ErrorCodes);
        var refused = await server.GraphQL().QueryAsync("mutation($q: String!) { registerPersistedQuery(query: $q) { hash } }", new { q = costly });
        Assert.Equal(["QUERY_TOO_COMPLEX"], refused.ErrorCodes);
    }

    [Fact]
    public async Task Register_mutation_accepts_documents_with_variables_and_is_not_for_public_keys()
    {
        const string query = "query Markets($c: String!) { market(code: $c) { code } } query Locales { locales { tag } }";
        const string register = "mutation($q: String!) { registerPersistedQuery(query: $q) { hash allowlisted } }";

        var refused = await app.GraphQL(await KeyAsync("PUBLIC")).QueryAsync(register, new { q = query });
        Assert.Equal("FORBIDDEN", Assert.Single(refused.ErrorCodes));
        Assert.Null(await StoredAsync(Sha256(query)));

        var registered = (await app.GraphQL().QueryAsync(register, new { q = query })).Ok().GetProperty("registerPersistedQuery");
        Assert.Equal(Sha256(query), registered.GetProperty("hash").GetString());
        var body = $$"""{"operationName":"Markets","variables":{"c":"fr"},"extensions":{{Extensions(Sha256(query))}}}""";
        Assert.Equal("FR", (await app.GraphQL().PostRawAsync(body)).Ok().GetProperty("market").GetProperty("code").GetString());
    }
}
