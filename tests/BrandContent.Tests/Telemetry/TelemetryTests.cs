using System.Diagnostics;
using System.Net;
using BrandContent.Api.Telemetry;
using BrandContent.Publishing;
using BrandContent.Telemetry;
using BrandContent.Tests.Fixtures;
using GraphQL.Telemetry;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BrandContent.Tests.Telemetry;

public sealed class TelemetryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string TracesSetting = "BrandContent:Telemetry:Traces";

    private readonly LockedCollection<Activity> spans = new();
    private readonly LockedCollection<MetricSnapshot> metrics = new();

    [Fact]
    public async Task A_request_is_traced_through_aspnetcore_graphql_and_npgsql()
    {
        await using var server = Server();
        var operation = Unique("Markets");
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = $"query {operation} {{ markets {{ code }} }}" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        (await server.GraphQL().SendAsync(request)).Ok();

        // The server span ends after the response is sent: wait for it.
        var trace = await SpansAsync(traceId, s => s.Source.Name == "Microsoft.AspNetCore");
        var http = Assert.Single(trace, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal(ActivityKind.Server, http.Kind);
        Assert.Equal("/graphql", http.GetTagItem("http.route"));
        var graphQL = Assert.Single(trace, s => s.Source.Name == GraphQLTelemetryProvider.SourceName);
        Assert.Equal(operation, graphQL.GetTagItem("graphql.operation.name"));
        Assert.Null(graphQL.GetTagItem("graphql.document"));
        Assert.Contains(trace, s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client);
    }

    [Fact]
    public async Task GraphQL_requests_and_errors_are_counted_by_operation_role_status_and_code()
    {
        await using var server = Server(("BrandContent:Limits:RateLimit:RolePermitLimits:Partner", "1"));
        var admin = server.GraphQL();
        var served = Unique("Served");
        var failed = Unique("Failed");
        var partnerToken = (await admin.QueryAsync("mutation { createApiKey(input: { name: \"metrics partner\", role: PARTNER }) { token } }"))
            .Ok().GetProperty("createApiKey").GetProperty("token").GetString()!;
        var partner = server.GraphQL(partnerToken);
        var limited = Unique("Limited");

        (await admin.QueryAsync($"query {served} {{ markets {{ code }} }}")).Ok();
        (await admin.QueryAsync($"query {served} {{ markets {{ code }} }}")).Ok();
        Assert.Equal(["BRAND_NOT_FOUND"], (await admin.QueryAsync($"query {failed} {{ stories(brand: \"atlantis\") {{ totalCount }} }}")).ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.QueryAsync($"query {failed} {{ markets {{ population }} }}")).Status);
        (await partner.QueryAsync($"query {limited} {{ locales {{ tag }} }}")).Ok();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await partner.QueryAsync($"query {limited} {{ locales {{ tag }} }}")).Status);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PublishScheduler>().RunDueAsync(CancellationToken.None);
        }

        Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush());

        Assert.Equal(2, Sum(GraphQLMetrics.RequestsName, (GraphQLMetrics.OperationTag, served), (GraphQLMetrics.RoleTag, "ADMIN"), (GraphQLMetrics.StatusTag, 200)));
        Assert.Equal(1, Sum(GraphQLMetrics.RequestsName, (GraphQLMetrics.OperationTag, failed), (GraphQLMetrics.RoleTag, "ADMIN"), (GraphQLMetrics.StatusTag, 200)));
        Assert.Equal(1, Sum(GraphQLMetrics.RequestsName, (GraphQLMetrics.OperationTag, failed), (GraphQLMetrics.RoleTag, "ADMIN"), (GraphQLMetrics.StatusTag, 400)));
        Assert.Equal(1, Sum(GraphQLMetrics.RequestsName, (GraphQLMetrics.OperationTag, limited), (GraphQLMetrics.RoleTag, "PARTNER"), (GraphQLMetrics.StatusTag, 200)));
        Assert.Equal(1, Sum(GraphQLMetrics.ErrorsName, (GraphQLMetrics.OperationTag, failed), (GraphQLMetrics.CodeTag, "BRAND_NOT_FOUND")));
        Assert.Equal(1, Sum(GraphQLMetrics.ErrorsName, (GraphQLMetrics.OperationTag, failed), (GraphQLMetrics.CodeTag, "FIELDS_ON_CORRECT_TYPE")));
        Assert.Equal(0, Sum(GraphQLMetrics.ErrorsName, (GraphQLMetrics.OperationTag, served)));

        // Refused before the endpoint read the request: counted with the role of the key and the status sent.
        Assert.True(Sum(GraphQLMetrics.RateLimitedName, (GraphQLMetrics.RoleTag, "PARTNER")) >= 1);
        Assert.True(Sum(GraphQLMetrics.RequestsName, (GraphQLMetrics.RoleTag, "PARTNER"), (GraphQLMetrics.StatusTag, 429)) >= 1);
        Assert.True(Sum(GraphQLMetrics.ErrorsName, (GraphQLMetrics.CodeTag, "RATE_LIMITED")) >= 1);
        Assert.True(Sum(SchedulerMetrics.RunsName, (BrandContentMeter.OutcomeTag, "ok")) >= 1);
    }

    [Fact]
    public async Task Without_an_exporter_no_spans_are_recorded()
    {
        await using var server = app.With();
        (await server.GraphQL().QueryAsync("{ markets { code } }")).Ok();

        Assert.Null(server.Services.GetService<TracerProvider>());
        Assert.NotNull(server.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void A_traces_setting_that_is_not_true_or_false_stops_the_start_naming_it()
    {
        using var server = app.With((TracesSetting, "sometimes"));

        var refused = Assert.ThrowsAny<Exception>(() => server.Services);
        Assert.Contains("BrandContent:Telemetry:Traces must be true or false", refused.ToString());
    }

    private WebApplicationFactory<Program> Server(params (string Key, string Value)[] settings) =>
        app.With([(TracesSetting, "true"), .. settings]).WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        }));

    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..8];

    private async Task<List<Activity>> SpansAsync(ActivityTraceId traceId, Func<Activity, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var trace = spans.Where(s => s.TraceId == traceId).ToList();
            if (trace.Any(until))
            {
                return trace;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Spans of the trace: {string.Join(", ", trace.Select(s => s.Source.Name + " " + s.DisplayName))}");
            await Task.Delay(20);
        }
    }

    /// <summary>The counter's total over the points carrying every one of <paramref name="tags"/> (the last export is cumulative).</summary>
    private long Sum(string name, params (string Key, object Value)[] tags)
    {
        var snapshot = metrics.LastOrDefault(m => m.Name == name);
        if (snapshot is null)
        {
            return 0;
        }

        long total = 0;
        foreach (var point in snapshot.MetricPoints)
        {
            var pointTags = new Dictionary<string, object?>();
            foreach (var tag in point.Tags)
            {
                pointTags[tag.Key] = tag.Value;
            }

            if (tags.All(t => pointTags.TryGetValue(t.Key, out var value) && Equals(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture))))
            {
                total += point.GetSumLong();
            }
        }

        return total;
    }
}
