using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Fixtures;

/// <summary>A clock the test moves forward (the webhook disabling after days of failures).</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

/// <summary>Servers on the fixture's database that send webhooks fast: a schedule of fractions of a second, short timeouts.</summary>
public static class WebhookHosts
{
    public static readonly (string Key, string Value)[] Fast =
    [
        ("BrandContent:Webhooks:Dispatch", "true"),
        ("BrandContent:Webhooks:PollInterval", "00:00:00.5"),
        ("BrandContent:Webhooks:AttemptTimeout", "00:00:03"),
        ("BrandContent:Webhooks:TotalTimeout", "00:00:05"),
        ("BrandContent:Webhooks:QuickRetries", "0"),
        ("BrandContent:Webhooks:Jitter", "0"),
        ("BrandContent:Webhooks:BreakerMinimumThroughput", "1000"),
        .. new[] { "0.1", "0.2", "0.3", "0.4", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5" }
            .Select((seconds, i) => ($"BrandContent:Webhooks:RetrySchedule:{i}", TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)).ToString("c"))),
    ];

    /// <summary>A dispatching server, started (so its dispatcher runs) and listening for change notices.</summary>
    public static async Task<WebApplicationFactory<Program>> DispatcherAsync(this BrandContentApp app, TimeProvider? clock = null, params (string Key, string Value)[] settings)
    {
        var host = app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in Fast.Concat(settings))
            {
                builder.UseSetting(key, value);
            }

            if (clock is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(clock));
            }
        });
        await host.ListeningAsync();
        return host;
    }

    public static async Task<(Guid Id, string Secret)> CreateWebhookAsync(this GraphQLClient client, string url, string[] events, string[]? brands = null, string[]? markets = null)
    {
        var created = (await client.QueryAsync(
            "mutation($i: WebhookInput!) { createWebhook(input: $i) { webhook { id } secret } }",
            new { i = new { url, events, brands, markets } })).Ok().GetProperty("createWebhook");
        return (created.GetProperty("webhook").GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    public static async Task<JsonElement> PingAsync(this GraphQLClient client, Guid webhook) =>
        (await client.QueryAsync("mutation($id: ID!) { pingWebhook(id: $id) { id webhookId status } }", new { id = webhook })).Ok().GetProperty("pingWebhook");

    public const string DeliveryFields = "id webhookId eventType payload status attempts lastStatusCode lastError attemptLog { statusCode errorKind responseExcerpt durationMs }";

    public static async Task<List<JsonElement>> DeliveriesAsync(this GraphQLClient client, Guid webhook, string? status = null)
    {
        var data = (await client.QueryAsync(
            $"query($w: ID!, $s: WebhookDeliveryStatus) {{ webhookDeliveries(webhookId: $w, status: $s, first: 100) {{ items {{ {DeliveryFields} }} }} }}",
            new { w = webhook, s = status })).Ok();
        return data.GetProperty("webhookDeliveries").GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<JsonElement> WebhookAsync(this GraphQLClient client, Guid webhook) =>
        (await client.QueryAsync("{ webhooks { id url events brands markets active disabledAt disabledReason lastStatus lastError failingSince consecutiveFailures } }"))
            .Ok().GetProperty("webhooks").EnumerateArray().Single(w => w.GetProperty("id").GetGuid() == webhook);
}
