using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BrandContent.Api.Redis;
using BrandContent.Limits;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BrandContent.Tests.Limits;

/// <summary>
/// A caller's budget is the deployment's, not each process's: two servers on one database (and one Redis, when
/// configured) refuse a key once the two together served its limit. Each pair of servers is two in-process hosts.
/// </summary>
public sealed class SharedRateLimitTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    public const string PostgreSql = "postgresql";
    public const string Redis = "redis";

    private const string Query = "{ markets { code } }";
    private const string Introspection = "{ __schema { queryType { name } } }";
    private const string PermitLimit = "BrandContent:Limits:RateLimit:PermitLimit";
    private const string AnonymousPermitLimit = "BrandContent:Limits:RateLimit:AnonymousPermitLimit";
    private const string Window = "BrandContent:Limits:RateLimit:Window";
    private const string Shared = "BrandContent:Limits:RateLimit:Shared";
    private const string RedisConnection = "ConnectionStrings:Redis";
    private const string InstanceName = "BrandContent:Redis:InstanceName";

    private static void AssertRateLimited(GraphQLResponse response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(["RATE_LIMITED"], response.ErrorCodes);
        Assert.True(int.Parse(response.Headers["Retry-After"]) > 0);
    }

    /// <summary>The settings of two servers of one deployment: on <paramref name="store"/>, with a Redis key prefix of the test's own.</summary>
    private static async Task<(string Key, string Value)[]> DeploymentAsync(string store, params (string Key, string Value)[] settings) =>
        store == Redis
            ? [(RedisConnection, await TestRedis.ConnectionStringAsync()), (InstanceName, TestRedis.InstanceName()), .. settings]
            : settings;

    private async Task<int> BucketRowsAsync(string shape)
    {
        await using var db = app.OpenDb();
        return await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM "RateLimitBuckets" WHERE "Bucket" LIKE {"%:" + shape}""").SingleAsync();
    }

    /// <summary>The rate-limit buckets in Redis (the response cache keeps its answers there too, under another prefix).</summary>
    private static async Task<int> RedisBucketsAsync(string instanceName)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await TestRedis.ConnectionStringAsync());
        return redis.GetServers()[0].Keys(pattern: instanceName + RedisPermitStore.KeyPrefix + "*").Count();
    }

    [Theory]
    [InlineData(PostgreSql)]
    [InlineData(Redis)]
    public async Task A_keys_limit_holds_for_two_servers_together(string store)
    {
        var key = await Keys.CreateAsync(app, $"site behind two servers ({store})", "PUBLIC");
        var settings = await DeploymentAsync(store, (PermitLimit, "10"), (Window, "01:00:00"));
        var rowsBefore = await BucketRowsAsync("10/3600000ms");
        await using var a = app.With(settings);
        await using var b = app.With(settings);

        for (var i = 0; i < 10; i++)
        {
            (await (i % 2 == 0 ? a : b).GraphQL(key).QueryAsync(Query)).Ok();
        }

        // Each server served 5: alone it would serve 5 more, together they have served the key's 10.
        var refused = await a.GraphQL(key).QueryAsync(Query);
        AssertRateLimited(refused);
        AssertRateLimited(await b.GraphQL(key).QueryAsync(Query));

        // One permit of 10 an hour comes back in 6 minutes (less the moments the test took).
        Assert.InRange(int.Parse(refused.Headers["Retry-After"]), 300, 360);

        // The budget is where it was said to be: PostgreSQL's table, or Redis and not the table.
        if (store == Redis)
        {
            Assert.Equal(1, await RedisBucketsAsync(settings.Single(s => s.Key == InstanceName).Value));
            Assert.Equal(rowsBefore, await BucketRowsAsync("10/3600000ms"));
        }
        else
        {
            Assert.Equal(rowsBefore + 1, await BucketRowsAsync("10/3600000ms"));
        }
    }

    [Fact]
    public async Task With_sharing_off_each_server_keeps_a_budget_of_its_own()
    {
        var key = await Keys.CreateAsync(app, "site with per-process budgets", "PUBLIC");
        await using var a = app.With((PermitLimit, "10"), (Window, "01:00:00"), (Shared, "false"));
        await using var b = app.With((PermitLimit, "10"), (Window, "01:00:00"), (Shared, "false"));

        for (var i = 0; i < 20; i++)
        {
            (await (i % 2 == 0 ? a : b).GraphQL(key).QueryAsync(Query)).Ok();
        }

        AssertRateLimited(await a.GraphQL(key).QueryAsync(Query));
        AssertRateLimited(await b.GraphQL(key).QueryAsync(Query));
    }

    [Theory]
    [InlineData(PostgreSql)]
    [InlineData(Redis)]
    public async Task Leases_never_let_two_servers_serve_more_than_the_limit(string store)
    {
        // 200 permits lease 10 at a time (fewer as they run out); the window is long enough for no refill to count.
        var key = await Keys.CreateAsync(app, $"busy site ({store})", "PUBLIC");
        var settings = await DeploymentAsync(store, (PermitLimit, "200"), (Window, "10:00:00"));
        await using var a = app.With(settings);
        await using var b = app.With(settings);
        var clients = new[] { a.GraphQL(key), b.GraphQL(key) };

        var served = 0;
        for (var i = 0; i < 260; i++)
        {
            var response = await clients[i % 2].QueryAsync(Query);
            served += response.Status == HttpStatusCode.OK ? 1 : 0;
        }

        // Never more than the limit; fewer only by permits leased and not yet given back (one small lease per server).
        Assert.InRange(served, 190, 200);
        AssertRateLimited(await clients[0].QueryAsync(Query));
        AssertRateLimited(await clients[1].QueryAsync(Query));
    }

    [Theory]
    [InlineData(PostgreSql)]
    [InlineData(Redis)]
    public async Task Requests_without_a_key_share_their_addresss_budget_across_servers(string store)
    {
        // A database of the test's own: the address's bucket is shared by everything on the database.
        await using var own = BrandContentApp.On(await TestPostgres.CreateDatabaseAsync());
        var settings = await DeploymentAsync(store, (AnonymousPermitLimit, "4"), (Window, "01:00:00"));
        await using var a = own.With(settings);
        await using var b = own.With(settings);

        for (var i = 0; i < 4; i++)
        {
            (await (i % 2 == 0 ? a : b).GraphQL(null).QueryAsync(Introspection)).Ok();
        }

        AssertRateLimited(await a.GraphQL(null).QueryAsync(Introspection));
        AssertRateLimited(await b.GraphQL("bck_made-up-key-000000000000000000000").QueryAsync(Query));

        // Keys have budgets of their own.
        (await a.GraphQL().QueryAsync(Query)).Ok();
    }

    [Fact]
    public async Task Behind_a_proxy_that_forwards_the_address_each_client_has_a_budget_of_its_own()
    {
        // What docker-compose's cluster profile and bench/cluster.sh set for the processes behind nginx.
        await using var own = BrandContentApp.On(await TestPostgres.CreateDatabaseAsync());
        await using var server = own.With(("FORWARDEDHEADERS_ENABLED", "true"), (AnonymousPermitLimit, "1"), (Window, "01:00:00"));
        async Task<GraphQLResponse> FromAsync(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Introspection }) };
            request.Headers.Add("X-Forwarded-For", address);
            return await server.GraphQL(null).SendAsync(request);
        }

        (await FromAsync("203.0.113.7")).Ok();
        (await FromAsync("198.51.100.20")).Ok();
        AssertRateLimited(await FromAsync("203.0.113.7"));
    }

    [Fact]
    public async Task A_limit_of_zero_stays_off_and_costs_the_store_nothing()
    {
        await using var a = app.With((PermitLimit, "0"), (AnonymousPermitLimit, "0"));
        await using var b = app.With((PermitLimit, "0"), (AnonymousPermitLimit, "0"));
        var before = await BucketRowsAsync("%");
        for (var i = 0; i < 15; i++)
        {
            (await a.GraphQL().QueryAsync(Query)).Ok();
            (await b.GraphQL(null).QueryAsync(Introspection)).Ok();
        }

        Assert.Equal(before, await BucketRowsAsync("%"));
    }

    [Fact]
    public async Task Most_requests_cost_no_round_trip_to_the_store()
    {
        using var redis = await TestRedis.StartOwnAsync();
        var key = await Keys.CreateAsync(app, "site counted in leases", "PUBLIC");
        await using var server = app.With((RedisConnection, redis.ConnectionString), (PermitLimit, "600"), (Window, "01:00:00"));
        var client = server.GraphQL(key);
        for (var i = 0; i < 100; i++)
        {
            (await client.QueryAsync(Query)).Ok();
        }

        // Leases of 30: four would do; a lease also ends after 5 s, so a slow machine takes a few more.
        await using var inspect = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var scripts = (await inspect.GetServers()[0].InfoAsync("commandstats")).SelectMany(g => g)
            .Where(p => p.Key is "cmdstat_eval" or "cmdstat_evalsha")
            .Sum(p => int.Parse(p.Value.Split(',')[0].Split('=')[1]));
        Assert.InRange(scripts, 4, 25);
    }

    [Fact]
    public async Task An_unreachable_redis_fails_open_to_each_servers_own_limit_and_readiness_says_degraded()
    {
        string unreachable;
        using (var stopped = await TestRedis.StartOwnAsync())
        {
            unreachable = stopped.ConnectionString;
        }

        var key = await Keys.CreateAsync(app, "site while redis is down", "PUBLIC");
        await using var server = app.With((RedisConnection, unreachable), (PermitLimit, "3"), (Window, "01:00:00"));
        for (var i = 0; i < 3; i++)
        {
            (await server.GraphQL(key).QueryAsync(Query)).Ok();
        }

        // Served, not refused for want of Redis; and still limited, by the process's own bucket.
        AssertRateLimited(await server.GraphQL(key).QueryAsync(Query));

        using var ready = await server.CreateClient().GetAsync("/readyz");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Degraded", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_checks_redis_when_it_is_configured()
    {
        await using var server = app.With((RedisConnection, await TestRedis.ConnectionStringAsync()));
        using var ready = await server.CreateClient().GetAsync("/readyz");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.False((await app.CreateClient().GetStringAsync("/readyz")).Contains("redis", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PostgreSql)]
    [InlineData(Redis)]
    public async Task Leases_taken_at_once_by_many_processes_never_exceed_the_bucket(string store)
    {
        await using var server = app.With(await DeploymentAsync(store));
        var permits = server.Services.GetRequiredService<IPermitStore>();
        var bucket = new PermitBucket($"test:{Guid.NewGuid():N}", 50, TimeSpan.FromHours(10));

        var grants = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => permits.TakeAsync(bucket, 3, 0, CancellationToken.None))));

        Assert.Equal(50, grants.Sum(g => g.Granted));
        Assert.Equal(0, (await permits.TakeAsync(bucket, 3, 0, CancellationToken.None)).Granted);

        // Permits given back are there for the next lease.
        Assert.Equal(3, (await permits.TakeAsync(bucket, 3, 5, CancellationToken.None)).Granted);
    }
}
