using System.Net;
using System.Text.Json;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BrandContent.Tests.Resilience;

/// <summary>PostgreSQL stopped and started again under a running server, on a cluster of this class's own.</summary>
public sealed class DatabaseOutageTests(OutageCluster cluster) : IClassFixture<OutageCluster>
{
    private const string Read = "{ locales { tag } }";

    [Fact]
    public async Task While_PostgreSQL_is_down_requests_get_503_DATABASE_UNAVAILABLE_with_one_warning_and_service_resumes_when_it_is_back()
    {
        var logs = new LogCapture();
        await using var app = BrandContentApp.On(cluster.ConnectionStringFor("outage"));
        await using var server = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("BrandContent:DemoContent", "false");
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        });
        await server.ListeningAsync();
        var admin = server.GraphQL();
        (await admin.QueryAsync(Read)).Ok();
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().GetAsync("/readyz")).StatusCode);

        // Not used yet, so not in the identity cache: its lookup in authentication will need the database.
        var freshKey = (await admin.QueryAsync("mutation { createApiKey(input: { name: \"outage reader\", role: PUBLIC }) { token } }"))
            .Ok().GetProperty("createApiKey").GetProperty("token").GetString()!;
        var logged = logs.Entries.Count;

        await cluster.StopByHandAsync();

        // An answer kept before the outage is still good: nothing can change while the database is down.
        Assert.Equal(HttpStatusCode.OK, (await admin.QueryAsync(Read)).Status);
        var reads = new List<GraphQLResponse>();
        for (var i = 0; i < 6; i++)
        {
            reads.Add(await admin.QueryAsync($"{{ n{i}: locales {{ tag }} }}"));
        }

        var vietnamese = await admin.QueryAsync("{ vi: locales { tag } }", acceptLanguage: "vi");
        var lookup = await server.GraphQL(freshKey).QueryAsync(Read);
        var write = await admin.QueryAsync("mutation { createLocale(input: { tag: \"en-x-outage\", name: \"Outage\", nativeName: \"Outage\" }) { tag } }");
        using var notReady = await server.CreateClient().GetAsync("/readyz");
        var outageLog = logs.Entries.Skip(logged).ToList();

        foreach (var response in reads.Append(vietnamese).Append(lookup).Append(write))
        {
            Assert.True(response.Status == HttpStatusCode.ServiceUnavailable, response.Body.ToString());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
            Assert.Equal(["DATABASE_UNAVAILABLE"], response.ErrorCodes);
            Assert.Equal("5", response.Headers["Retry-After"]);
        }

        Assert.Equal("The database is unavailable right now; try again in 5 seconds.", reads[0].Errors[0].GetProperty("message").GetString());
        Assert.Equal("Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau 5 giây.", vietnamese.Errors[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        var checks = JsonDocument.Parse(await notReady.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        Assert.Equal("PostgreSQL is unreachable", checks.GetProperty("postgresql").GetProperty("reason").GetString());

        // One line for the whole outage: no stack trace per request.
        var warning = Assert.Single(outageLog, e => e.Level >= LogLevel.Warning);
        Assert.StartsWith("PostgreSQL unreachable", warning.Message);
        Assert.Null(warning.Exception);

        await cluster.StartByHandAsync();
        (await admin.QueryAsync(Read)).Ok();
        (await server.GraphQL(freshKey).QueryAsync(Read)).Ok();
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().GetAsync("/readyz")).StatusCode);
        Assert.Single(logs.Entries.Skip(logged), e => e.Level >= LogLevel.Warning);
        Assert.Single(logs.Entries.Skip(logged), e => e.Level == LogLevel.Information && e.Message.StartsWith("PostgreSQL reachable again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_that_meets_a_connection_lost_in_a_restart_is_run_again_and_served()
    {
        var logs = new LogCapture();
        await using var app = BrandContentApp.On(cluster.ConnectionStringFor("restart"));
        await using var server = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("BrandContent:DemoContent", "false");
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        });
        var admin = server.GraphQL();
        (await admin.QueryAsync(Read)).Ok();

        // The pooled connection the first query used is now dead, and nothing has told the pool.
        await cluster.StopByHandAsync();
        await cluster.StartByHandAsync();
        var logged = logs.Entries.Count;

        // Not the same document: the first one's answer is kept in the response cache and would need no database.
        (await admin.QueryAsync("{ again: locales { tag } }")).Ok();

        var failure = Assert.Single(logs.Entries.Skip(logged), e => e.Level >= LogLevel.Warning);
        Assert.StartsWith("PostgreSQL unreachable", failure.Message);
        Assert.Single(logs.Entries.Skip(logged), e => e.Message.StartsWith("PostgreSQL reachable again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cluster_started_by_hand_listens_on_the_port_the_server_was_given()
    {
        var expected = new NpgsqlConnectionStringBuilder(cluster.ConnectionString).Port;
        await cluster.StopByHandAsync();
        await cluster.StartByHandAsync();

        // A connection of its own: pooled ones died with the server.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('port')", connection);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), await command.ExecuteScalarAsync());
    }
}
