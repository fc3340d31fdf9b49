using System.Net;
using System.Text.Json;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Health;

public sealed class HealthTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task Healthz_and_readyz_answer_without_a_key_uncached_and_outside_the_rate_limit()
    {
        await using var server = app.With(("BrandContent:Limits:RateLimit:AnonymousPermitLimit", "1"));
        var http = server.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            foreach (var path in new[] { "/healthz", "/readyz" })
            {
                using var response = await http.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: {response.Headers.CacheControl}");
            }
        }

        var ready = await BodyAsync(await http.GetAsync("/readyz"));
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("migrations").GetProperty("status").GetString());

        // The same caller on /graphql is limited: the limit is on, the probes are outside it.
        var graphQL = server.GraphQL(token: null);
        await graphQL.QueryAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await graphQL.QueryAsync("{ __typename }")).Status);
    }

    [Fact]
    public async Task Readyz_is_503_naming_the_migration_that_is_not_applied()
    {
        await using var own = BrandContentApp.On(await TestPostgres.CreateDatabaseAsync());
        var http = own.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
        string last;
        await using (var db = own.OpenDb())
        {
            last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""");
        }

        using var response = await http.GetAsync("/readyz");
        var body = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("postgresql").GetProperty("status").GetString());
        Assert.Contains(last, body.GetProperty("checks").GetProperty("migrations").GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
