using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BrandContent.Tests.Fixtures;

/// <summary>One request a receiver got: the Standard Webhooks headers, the body as sent, and the path.</summary>
public sealed record ReceivedWebhook(string Path, string? Id, string? Timestamp, string? Signature, string Body)
{
    public IHeaderDictionary Headers => new HeaderDictionary
    {
        ["webhook-id"] = Id,
        ["webhook-timestamp"] = Timestamp,
        ["webhook-signature"] = Signature,
    };
}

/// <summary>
/// A real HTTP receiver (Kestrel on a loopback port) that records every request and answers as the test says:
/// by default 200, or what <c>answer</c> returns for the n-th request (1-based).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly LockedCollection<ReceivedWebhook> received = [];

    private WebhookReceiver(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public IReadOnlyList<ReceivedWebhook> Received => received.ToList();

    public static async Task<WebhookReceiver> StartAsync(Func<int, HttpContext, Task>? answer = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        var count = 0;
        app.Run(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var h = http.Request.Headers;
            receiver!.received.Add(new ReceivedWebhook(http.Request.Path, h["webhook-id"], h["webhook-timestamp"], h["webhook-signature"], body));
            var n = Interlocked.Increment(ref count);
            if (answer is not null)
            {
                await answer(n, http);
            }
        });
        await app.StartAsync();
        var bound = new Uri(app.Urls.First()).Port;
        receiver = new WebhookReceiver(app, bound);
        return receiver;
    }

    /// <summary>A loopback port nothing listens on right now (for a receiver that starts later).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until the requests received satisfy <paramref name="condition"/>, or fails after <paramref name="seconds"/>.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition, int seconds = 30)
    {
        await Poll.UntilAsync(() => Task.FromResult(condition(Received)), seconds, () => $"received {Received.Count}: {string.Join(" | ", Received.Select(r => r.Body))}");
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>Polls a condition with a timeout: the way tests wait for background work, never a fixed sleep.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, int seconds = 30, Func<string>? describe = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Condition not met within {seconds} s. {describe?.Invoke()}");
            await Task.Delay(50);
        }
    }
}
