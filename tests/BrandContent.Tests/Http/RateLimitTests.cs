using System.Net;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>Each key has its own request budget on /graphql; running out is a 429 that says how long to wait, and nobody else notices.</summary>
public sealed class RateLimitTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Query = "{ markets { code } }";
    private const string Introspection = "{ __schema { queryType { name } } }";
    private const string PermitLimit = "BrandContent:Limits:RateLimit:PermitLimit";
    private const string Window = "BrandContent:Limits:RateLimit:Window";
    private const string AnonymousPermitLimit = "BrandContent:Limits:RateLimit:AnonymousPermitLimit";

    private static void AssertRateLimited(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(["RATE_LIMITED"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_burst_over_the_limit_is_a_429_with_retry_after_in_the_callers_language_while_another_key_is_served()
    {
        var bursting = await Keys.CreateAsync(app, "bursting site", "PUBLIC");
        var other = await Keys.CreateAsync(app, "other site", "PUBLIC");
        await using var server = app.With((PermitLimit, "3"), (Window, "01:00:00"));
        var client = server.GraphQL(bursting);
        for (var i = 0; i < 3; i++)
        {
            (await client.QueryAsync(Query)).Ok();
        }

        var refused = await client.QueryAsync(Query, acceptLanguage: "vi");
        AssertRateLimited(refused);
        Assert.Equal("application/graphql-response+json", refused.ContentType?.MediaType);
        // Three requests an hour refill one every 20 minutes: the wait is one step, not the whole window, less the
        // seconds the burst itself took (a few on a busy machine).
        var wait = int.Parse(refused.Headers["Retry-After"]);
        Assert.InRange(wait, 1170, 1200);
        Assert.Equal($"Khóa này gửi quá nhiều yêu cầu; hãy thử lại sau {wait} giây.", refused.Errors[0].GetProperty("message").GetString());
        Assert.Equal("nosniff", refused.Headers["X-Content-Type-Options"]);

        var english = await client.QueryAsync(Query);
        AssertRateLimited(english);
        var again = System.Text.RegularExpressions.Regex.Match(english.Errors[0].GetProperty("message").GetString()!, @"^Too many requests for this key; try again in (\d+) seconds\.$");
        Assert.True(again.Success, english.Errors[0].GetProperty("message").GetString());
        Assert.InRange(int.Parse(again.Groups[1].Value), 1170, wait);

        // The server goes on serving everyone else, and the GraphiQL page is not limited.
        (await server.GraphQL(other).QueryAsync(Query)).Ok();
        (await server.GraphQL(other).QueryAsync(Query)).Ok();
        (await server.GraphQL(null).QueryAsync(Introspection)).Ok();
        var page = await server.CreateClient().GetAsync("/graphiql/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_legacy_client_gets_the_refusal_as_application_json()
    {
        var key = await Keys.CreateAsync(app, "legacy client", "PUBLIC");
        await using var server = app.With((PermitLimit, "1"), (Window, "01:00:00"));
        var client = server.GraphQL(key);
        (await client.PostRawAsync($$"""{"query":"{{Query}}"}""", accept: "application/json")).Ok();
        var refused = await client.PostRawAsync($$"""{"query":"{{Query}}"}""", accept: "application/json");
        AssertRateLimited(refused);
        Assert.Equal("application/json", refused.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_role_can_have_its_own_limit()
    {
        var publicKey = await Keys.CreateAsync(app, "public with a small budget", "PUBLIC");
        var partnerKey = await Keys.CreateAsync(app, "partner with the default budget", "PARTNER");
        await using var server = app.With((PermitLimit, "100"), ("BrandContent:Limits:RateLimit:RolePermitLimits:Public", "1"), (Window, "01:00:00"));

        (await server.GraphQL(publicKey).QueryAsync(Query)).Ok();
        AssertRateLimited(await server.GraphQL(publicKey).QueryAsync(Query));
        for (var i = 0; i < 3; i++)
        {
            (await server.GraphQL(partnerKey).QueryAsync(Query)).Ok();
        }
    }

    [Fact]
    public async Task Requests_without_a_valid_key_share_the_budget_of_their_address()
    {
        await using var server = app.With((AnonymousPermitLimit, "2"), (Window, "01:00:00"));
        (await server.GraphQL(null).QueryAsync(Introspection)).Ok();
        var unknownKey = await server.GraphQL("bck_made-up-key-000000000000000000000").QueryAsync(Query);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownKey.Status);

        // A made-up key does not buy a fresh budget: it counts against the address like a request without a key.
        AssertRateLimited(await server.GraphQL("bck_another-made-up-key-0000000000000000").QueryAsync(Query));
        AssertRateLimited(await server.GraphQL(null).QueryAsync(Introspection));
        (await server.GraphQL().QueryAsync(Query)).Ok();
    }

    [Fact]
    public async Task A_limit_of_zero_turns_limiting_off()
    {
        await using var server = app.With((PermitLimit, "0"), (AnonymousPermitLimit, "0"));
        for (var i = 0; i < 3; i++)
        {
            (await server.GraphQL().QueryAsync(Query)).Ok();
            (await server.GraphQL(null).QueryAsync(Introspection)).Ok();
        }
    }

    [Fact]
    public async Task Static_files_are_not_limited()
    {
        await using var server = app.With((AnonymousPermitLimit, "1"), (Window, "01:00:00"));
        var http = server.CreateClient();
        foreach (var path in new[] { "/graphiql/", "/graphiql/graphiql.js", "/graphiql/", "/graphiql/vendor/graphiql.min.css" })
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(path)).StatusCode);
        }

        (await server.GraphQL(null).QueryAsync(Introspection)).Ok();
        AssertRateLimited(await server.GraphQL(null).QueryAsync(Introspection));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/graphiql/")).StatusCode);
    }
}
