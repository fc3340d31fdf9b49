using System.Text.Json;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;

namespace BrandContent.Tests.Webhooks;

/// <summary>The dispatcher against real receivers: retries, signatures, outages, several servers, redirects, disabling.</summary>
public sealed class WebhookDeliveryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_receiver_failing_the_first_attempts_gets_the_event_later_with_the_same_id_and_a_signature_the_library_verifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync(async (n, http) =>
        {
            http.Response.StatusCode = n <= 2 ? 503 : 200;
            await http.Response.WriteAsync(n <= 2 ? "busy\u0001\nnow" : "ok");
        });
        await using var host = await app.DispatcherAsync();
        var client = host.GraphQL();
        var (webhook, secret) = await client.CreateWebhookAsync(receiver.Url, ["test.ping"]);

        var ping = await client.PingAsync(webhook);
        var received = await receiver.WaitForAsync(r => r.Count >= 3);
        await Poll.UntilAsync(async () => (await client.DeliveriesAsync(webhook, "DELIVERED")).Count == 1);

        Assert.Equal(3, received.Count);
        Assert.All(received, r => Assert.Equal(ping.GetProperty("webhookId").GetString(), r.Id));
        var verifier = new StandardWebhook(secret);
        Assert.All(received, r => verifier.Verify(r.Body, r.Headers));
        Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(
            () => new StandardWebhook(secret).Verify(received[2].Body.Replace("test.ping", "test.pong"), received[2].Headers));

        var delivery = (await client.DeliveriesAsync(webhook)).Single();
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        var log = delivery.GetProperty("attemptLog").EnumerateArray().ToList();
        Assert.Equal([503, 503, 200], log.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal("busy  now", log[0].GetProperty("responseExcerpt").GetString());
        Assert.Equal("HTTP_STATUS", log[0].GetProperty("errorKind").GetString());
        var health = await client.WebhookAsync(webhook);
        Assert.Equal(200, health.GetProperty("lastStatus").GetInt32());
        Assert.Equal(0, health.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task Events_sent_while_the_receiver_is_down_all_arrive_once_it_is_up()
    {
        var port = WebhookReceiver.FreePort();
        await using var host = await app.DispatcherAsync();
        var client = host.GraphQL();
        var (webhook, _) = await client.CreateWebhookAsync($"http://127.0.0.1:{port}/hook", ["test.ping"]);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await client.PingAsync(webhook)).GetProperty("webhookId").GetString()!);
        }

        await Poll.UntilAsync(async () => (await client.DeliveriesAsync(webhook)).All(d => d.GetProperty("attempts").GetInt32() >= 2));
        var refused = (await client.DeliveriesAsync(webhook)).SelectMany(d => d.GetProperty("attemptLog").EnumerateArray()).ToList();
        Assert.All(refused, a => Assert.Equal("CONNECTION_REFUSED", a.GetProperty("errorKind").GetString()));

        await using var receiver = await WebhookReceiver.StartAsync(port: port);
        await Poll.UntilAsync(async () => (await client.DeliveriesAsync(webhook, "DELIVERED")).Count == 3);
        Assert.Equal(ids.Order(), receiver.Received.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task Two_servers_on_one_database_deliver_each_event_exactly_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var one = await app.DispatcherAsync();
        await using var two = await app.DispatcherAsync();
        var (webhook, _) = await one.GraphQL().CreateWebhookAsync(receiver.Url, ["test.ping"]);

        var sent = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            sent.Add((await (i % 2 == 0 ? one : two).GraphQL().PingAsync(webhook)).GetProperty("webhookId").GetString()!);
        }

        await Poll.UntilAsync(async () => (await one.GraphQL().DeliveriesAsync(webhook, "DELIVERED")).Count == 30);
        Assert.Empty(await one.GraphQL().DeliveriesAsync(webhook, "PENDING"));
        Assert.Equal(sent.Order(), receiver.Received.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failed_attempt()
    {
        await using var elsewhere = await WebhookReceiver.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync((_, http) =>
        {
            http.Response.StatusCode = 307;
            http.Response.Headers.Location = elsewhere.Url;
            return Task.CompletedTask;
        });
        await using var host = await app.DispatcherAsync();
        var client = host.GraphQL();
        var (webhook, _) = await client.CreateWebhookAsync(receiver.Url, ["test.ping"]);

        await client.PingAsync(webhook);
        await receiver.WaitForAsync(r => r.Count >= 2);

        Assert.Empty(elsewhere.Received);
        var attempt = (await client.DeliveriesAsync(webhook)).Single().GetProperty("attemptLog")[0];
        Assert.Equal(307, attempt.GetProperty("statusCode").GetInt32());
        Assert.Equal("REDIRECT_NOT_FOLLOWED", attempt.GetProperty("errorKind").GetString());
    }

    [Fact]
    public async Task A_private_address_is_refused_when_sending_even_if_it_was_accepted_before()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (webhook, _) = await app.GraphQL().CreateWebhookAsync(receiver.Url.Replace("127.0.0.1", "localhost"), ["test.ping"]);
        await using var host = await app.DispatcherAsync(settings: ("BrandContent:Webhooks:AllowPrivateTargets", "false"));
        var client = host.GraphQL();

        await client.PingAsync(webhook);
        await Poll.UntilAsync(async () => (await client.DeliveriesAsync(webhook)).Single().GetProperty("attempts").GetInt32() >= 2);

        Assert.Empty(receiver.Received);
        var log = (await client.DeliveriesAsync(webhook)).Single().GetProperty("attemptLog").EnumerateArray();
        Assert.All(log, a => Assert.Equal("TARGET_FORBIDDEN", a.GetProperty("errorKind").GetString()));
        Assert.Equal("TARGET_FORBIDDEN", (await client.WebhookAsync(webhook)).GetProperty("lastError").GetString());
    }

    [Fact]
    public async Task A_subscription_failing_for_three_days_is_disabled_and_says_why()
    {
        await using var receiver = await WebhookReceiver.StartAsync((_, http) =>
        {
            http.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        var clock = new ShiftedClock();
        await using var host = await app.DispatcherAsync(clock, ("BrandContent:Webhooks:RetrySchedule:0", "00:10:00"));
        var client = host.GraphQL();
        var (webhook, _) = await client.CreateWebhookAsync(receiver.Url, ["test.ping"]);

        await client.PingAsync(webhook);
        await receiver.WaitForAsync(r => r.Count == 1);
        await Poll.UntilAsync(async () => (await client.WebhookAsync(webhook)).GetProperty("consecutiveFailures").GetInt32() == 1);
        Assert.Equal(JsonValueKind.Null, (await client.WebhookAsync(webhook)).GetProperty("disabledAt").ValueKind);

        clock.Offset = TimeSpan.FromDays(3) + TimeSpan.FromMinutes(11);
        await Poll.UntilAsync(async () => (await client.WebhookAsync(webhook)).GetProperty("disabledAt").ValueKind != JsonValueKind.Null);

        var disabled = await client.WebhookAsync(webhook);
        Assert.Contains("HTTP 500", disabled.GetProperty("disabledReason").GetString());
        Assert.Equal(2, disabled.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(["WEBHOOK_INACTIVE"], (await client.QueryAsync("mutation($id: ID!) { pingWebhook(id: $id) { id } }", new { id = webhook })).ErrorCodes);

        var enabled = (await client.QueryAsync(
            "mutation($id: ID!, $i: WebhookInput!) { updateWebhook(id: $id, input: $i) { disabledAt consecutiveFailures active } }",
            new { id = webhook, i = new { url = receiver.Url, events = new[] { "test.ping" }, active = true } })).Ok().GetProperty("updateWebhook");
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("disabledAt").ValueKind);
        Assert.Equal(0, enabled.GetProperty("consecutiveFailures").GetInt32());
    }

    [Fact]
    public async Task A_delivered_event_can_be_sent_again_with_the_same_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await app.DispatcherAsync();
        var client = host.GraphQL();
        var (webhook, secret) = await client.CreateWebhookAsync(receiver.Url, ["test.ping"]);
        var ping = await client.PingAsync(webhook);
        await Poll.UntilAsync(async () => (await client.DeliveriesAsync(webhook, "DELIVERED")).Count == 1);

        var again = (await client.QueryAsync(
            "mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id webhookId status } }", new { d = ping.GetProperty("id").GetGuid() })).Ok().GetProperty("redeliverWebhook");
        var received = await receiver.WaitForAsync(r => r.Count == 2);

        Assert.NotEqual(ping.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(ping.GetProperty("webhookId").GetString(), again.GetProperty("webhookId").GetString());
        Assert.Equal(received[0].Id, received[1].Id);
        Assert.Equal(received[0].Body, received[1].Body);
        new StandardWebhook(secret).Verify(received[1].Body, received[1].Headers);
        await Poll.UntilAsync(async () => (await client.DeliveriesAsync(webhook, "DELIVERED")).Count == 2);
        Assert.Equal(["NOT_FOUND"], (await client.QueryAsync("mutation { redeliverWebhook(deliveryId: \"00000000-0000-0000-0000-000000000009\") { id } }")).ErrorCodes);
    }
}
