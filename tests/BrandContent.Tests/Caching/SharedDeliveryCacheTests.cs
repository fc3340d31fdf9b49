using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BrandContent.Api.Caching;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BrandContent.Tests.Caching;

/// <summary>
/// With Redis configured the response cache is one store for every server: an answer one server computed is served by
/// the others, a change through any server evicts it for all, and Redis failing (down, not answering, a connection
/// broken mid-write) never serves an error or an answer older than a change. Two in-process hosts on one database.
/// </summary>
public sealed class SharedDeliveryCacheTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Stories = "query($b: String!) { stories(brand: $b, first: 10) { edges { node { id title locale heroAsset { title } } } } }";

    /// <summary>Where ASP.NET Core's Redis store keeps an entry's value: instance name, then this, then the entry's key.</summary>
    private const string ValueKeys = "cache:__MSOCV_";

    /// <summary>
    /// Two servers of one deployment on <paramref name="redis"/>, with a key prefix of the test's own; the rate limits
    /// stay in each process (a Redis made to fail must fail the cache only). Both listen before anything is read: a
    /// server flushes the store when it starts listening.
    /// </summary>
    private async Task<(WebApplicationFactory<Program> A, WebApplicationFactory<Program> B, string Prefix)> DeploymentAsync(string redis)
    {
        var instance = TestRedis.InstanceName();
        (string, string)[] settings = [("ConnectionStrings:Redis", redis), ("BrandContent:Redis:InstanceName", instance), ("BrandContent:Limits:RateLimit:Shared", "false")];
        var a = app.With(settings);
        var b = app.With(settings);
        await a.ListeningAsync();
        await b.ListeningAsync();

        // Each server knows the administrator now, so a read's statements are its own.
        (await a.GraphQL().QueryAsync("{ locales { tag } }")).Ok();
        (await b.GraphQL().QueryAsync("{ locales { tag } }")).Ok();
        return (a, b, instance + ValueKeys);
    }

    private async Task<(Guid Story, string Slug)> SeedAsync()
    {
        var brand = TestContent.Brand();
        var story = TestContent.Story(brand, "shared", new DateOnly(2026, 5, 1), "vi");
        await using var db = app.OpenDb();
        db.AddRange(brand, story);
        await db.SaveChangesAsync();
        return (story.Id, brand.Slug);
    }

    /// <summary>A read as a client sends it: the status, the body's bytes, and how many SQL statements it cost.</summary>
    private async Task<(HttpStatusCode Status, byte[] Body, int Statements)> ReadAsync(WebApplicationFactory<Program> server, string slug)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Stories, variables = new { b = slug } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BrandContentApp.AdminToken);
        app.Statements.Reset();
        using var response = await server.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, body, app.Statements.Count);
    }

    private static IEnumerable<string?> Titles(byte[] body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("stories").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("title").GetString()).ToList();

    private static async Task<string[]> ValuesAsync(string redis, string prefix)
    {
        await using var inspect = await ConnectionMultiplexer.ConnectAsync(redis);
        return [.. inspect.GetServers()[0].Keys(pattern: prefix + "*").Select(k => (string)k!)];
    }

    /// <summary>A new title for the story, approved: publishing it is one request.</summary>
    private static async Task<Func<Task>> ReadyToPublishAsync(WebApplicationFactory<Program> server, Guid story, string title)
    {
        var editing = new Fixtures.Editing(server.GraphQL());
        var revision = (await editing.VariantAsync("STORY", story, "vi")).GetProperty("revision").GetInt32();
        revision = (await editing.UpsertOkAsync("STORY", story, "vi", revision, new { title })).GetProperty("revision").GetInt32();
        (await editing.StepAsync("submitForReview", "STORY", story, "vi", revision)).Ok();
        (await editing.StepAsync("approve", "STORY", story, "vi", revision)).Ok();
        return async () => (await editing.StepAsync("publish", "STORY", story, "vi", revision)).Ok();
    }

    /// <summary>
    /// Reads through <paramref name="server"/> until one costs no statement (answered from the cache) or the timeout;
    /// every answer on the way must be a 200 showing <paramref name="title"/>.
    /// </summary>
    private async Task<int> ReadUntilCachedAsync(WebApplicationFactory<Program> server, string slug, string title, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (status, body, statements) = await ReadAsync(server, slug);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal([title], Titles(body));
            if (statements == 0 || DateTime.UtcNow > deadline)
            {
                return statements;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    [Fact]
    public async Task An_answer_one_server_stored_is_served_by_the_other_from_redis_byte_for_byte_as_uncached()
    {
        var redis = await TestRedis.ConnectionStringAsync();
        var (a, b, values) = await DeploymentAsync(redis);
        await using var _ = a;
        await using var __ = b;
        var (_, slug) = await SeedAsync();
        var before = await ValuesAsync(redis, values);

        var computed = await ReadAsync(a, slug);
        Assert.True(computed.Statements > 0);
        Assert.Single((await ValuesAsync(redis, values)).Except(before));

        var shared = await ReadAsync(b, slug);
        Assert.Equal(0, shared.Statements);
        Assert.Equal(computed.Body, shared.Body);

        await using var uncached = app.With(("BrandContent:DeliveryCache:Enabled", "false"));
        await uncached.GraphQL().QueryAsync("{ locales { tag } }");
        var direct = await ReadAsync(uncached, slug);
        Assert.True(direct.Statements > 0);
        Assert.Equal(computed.Body, direct.Body);
    }

    [Fact]
    public async Task A_publish_through_one_server_evicts_the_shared_answer_for_the_other_within_a_second()
    {
        var redis = await TestRedis.ConnectionStringAsync();
        var (a, b, values) = await DeploymentAsync(redis);
        await using var _ = a;
        await using var __ = b;
        var (story, slug) = await SeedAsync();
        var before = await ValuesAsync(redis, values);
        await ReadAsync(b, slug);
        Assert.Equal(0, (await ReadAsync(b, slug)).Statements);
        var stored = Assert.Single((await ValuesAsync(redis, values)).Except(before));
        var publish = await ReadyToPublishAsync(a, story, "published on a");

        await publish();
        var published = DateTime.UtcNow;
        while ((await ValuesAsync(redis, values)).Contains(stored) && DateTime.UtcNow - published < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        Assert.True(DateTime.UtcNow - published < TimeSpan.FromSeconds(1), $"evicted after {(DateTime.UtcNow - published).TotalMilliseconds} ms");
        var seen = await ReadAsync(b, slug);
        Assert.Equal(["published on a"], Titles(seen.Body));
        Assert.True(seen.Statements > 0);

        // The new answer is kept and shared in turn.
        Assert.Equal(0, await ReadUntilCachedAsync(a, slug, "published on a", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task With_redis_stopped_mid_run_reads_are_answered_uncached_and_correct_and_a_publish_is_seen()
    {
        using var redis = await TestRedis.StartOwnAsync();
        var (a, b, _) = await DeploymentAsync(redis.ConnectionString);
        await using var _a = a;
        await using var _b = b;
        var (story, slug) = await SeedAsync();
        var cached = await ReadAsync(a, slug);
        Assert.Equal(0, (await ReadAsync(b, slug)).Statements);
        var publish = await ReadyToPublishAsync(a, story, "published while redis is down");

        redis.Dispose();
        for (var i = 0; i < 6; i++)
        {
            var (status, body, statements) = await ReadAsync(i % 2 == 0 ? a : b, slug);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(cached.Body, body);
            Assert.True(statements > 0);
        }

        await publish();
        foreach (var server in new[] { a, b, a, b })
        {
            var (status, body, _) = await ReadAsync(server, slug);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(["published while redis is down"], Titles(body));
        }
    }

    [Fact]
    public async Task Evictions_redis_did_not_answer_are_made_before_either_server_uses_the_cache_again()
    {
        using var redis = await TestRedis.StartOwnAsync();
        var (a, b, _) = await DeploymentAsync(redis.ConnectionString);
        await using var _a = a;
        await using var _b = b;
        var (story, slug) = await SeedAsync();
        await ReadAsync(b, slug);
        Assert.Equal(0, (await ReadAsync(a, slug)).Statements);
        var publish = await ReadyToPublishAsync(a, story, "published while redis was paused");

        // Redis keeps its data (the old answer) but answers nothing for 6 s: the publish's evictions time out.
        await using var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        await admin.GetServers()[0].ExecuteAsync("CLIENT", "PAUSE", "6000", "ALL");
        await publish();
        Assert.True(a.Services.GetRequiredService<DeliveryCacheStore>().Owing);

        // Never the old answer; from the cache again once the evictions are made.
        Assert.Equal(0, await ReadUntilCachedAsync(b, slug, "published while redis was paused", TimeSpan.FromSeconds(20)));
        Assert.Equal(0, await ReadUntilCachedAsync(a, slug, "published while redis was paused", TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task An_entry_written_just_before_the_connection_broke_is_removed_since_its_tags_may_not_have_arrived()
    {
        using var redis = await TestRedis.StartOwnAsync();
        var (a, b, values) = await DeploymentAsync(redis.ConnectionString);
        await using var _a = a;
        await using var _b = b;
        var (_, slug) = await SeedAsync();
        var before = await ValuesAsync(redis.ConnectionString, values);
        await ReadAsync(a, slug);
        var written = Assert.Single((await ValuesAsync(redis.ConnectionString, values)).Except(before));

        await using var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        await admin.GetServers()[0].ExecuteAsync("CLIENT", "KILL", "TYPE", "normal");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await ValuesAsync(redis.ConnectionString, values)).Contains(written) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        Assert.DoesNotContain(written, await ValuesAsync(redis.ConnectionString, values));
        Assert.Equal(0, await ReadUntilCachedAsync(a, slug, "shared vi", TimeSpan.FromSeconds(20)));
    }
}
