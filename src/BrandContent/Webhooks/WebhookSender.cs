using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using StandardWebhooks;

namespace BrandContent.Webhooks;

/// <summary>What one attempt came to: its log entry, and whether the receiver took it.</summary>
public sealed record AttemptOutcome(WebhookAttempt Attempt, bool Delivered)
{
    /// <summary>The breaker refused before anything was sent: not counted against the delivery's schedule.</summary>
    public bool NotSent => Attempt.ErrorKind == WebhookErrorKind.CircuitOpen;
}

/// <summary>
/// Posts one event to one subscription through the named client (timeouts, reconnects, a circuit breaker per endpoint,
/// no redirects, the SSRF guard), signed per Standard Webhooks with the event's fixed <c>webhook-id</c>.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock, IOptions<WebhookOptions> options)
{
    public const string ClientName = "webhooks";

    private const string UserAgent = "BrandContent-Webhooks/1";

    public async Task<AttemptOutcome> SendAsync(Guid deliveryId, string url, string secret, string webhookId, string payload, CancellationToken cancellationToken)
    {
        var attempt = new WebhookAttempt { DeliveryId = deliveryId, At = clock.GetUtcNow() };
        var started = Stopwatch.GetTimestamp();
        var delivered = false;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
            request.Headers.Add("webhook-id", webhookId);
            request.Headers.Add("webhook-timestamp", attempt.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("webhook-signature", new StandardWebhook(secret).Sign(webhookId, attempt.At, payload));
            request.Headers.UserAgent.ParseAdd(UserAgent);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            attempt.StatusCode = (int)response.StatusCode;
            delivered = response.IsSuccessStatusCode;
            attempt.ErrorKind = delivered ? null : (int)response.StatusCode is >= 300 and < 400 ? WebhookErrorKind.RedirectNotFollowed : WebhookErrorKind.HttpStatus;
            attempt.ResponseExcerpt = await ResponseExcerpt.ReadAsync(response.Content, options.Value.AttemptTimeout, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Kind(e) is { } kind)
        {
            attempt.ErrorKind = kind;
        }

        attempt.DurationMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new AttemptOutcome(attempt, delivered);
    }

    /// <summary>What went wrong, in the words of <see cref="WebhookErrorKind"/>; null for what is not the receiver's doing.</summary>
    private static string? Kind(Exception e) => e switch
    {
        BrokenCircuitException => WebhookErrorKind.CircuitOpen,
        TimeoutRejectedException or TaskCanceledException or TimeoutException => WebhookErrorKind.Timeout,
        _ when Find<WebhookTargetForbiddenException>(e) is not null => WebhookErrorKind.TargetForbidden,
        _ when Find<SocketException>(e) is { SocketErrorCode: SocketError.ConnectionRefused } => WebhookErrorKind.ConnectionRefused,
        _ when Find<SocketException>(e) is { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } => WebhookErrorKind.NameResolution,
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => WebhookErrorKind.NameResolution,
        _ when Find<AuthenticationException>(e) is not null => WebhookErrorKind.Tls,
        HttpRequestException or IOException or SocketException => WebhookErrorKind.Network,
        _ => null,
    };

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}

/// <summary>The start of a receiver's answer, for the log: at most 1 KB read, control characters replaced.</summary>
internal static class ResponseExcerpt
{
    public static async Task<string?> ReadAsync(HttpContent content, TimeSpan limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[WebhookAttempt.ExcerptMaxLength];
        var read = 0;
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        reading.CancelAfter(limit);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(reading.Token);
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), reading.Token)) > 0)
            {
                read += n;
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // What arrived before the receiver hung up is still worth showing.
        }

        if (read == 0)
        {
            return null;
        }

        var text = new StringBuilder(Encoding.UTF8.GetString(buffer, 0, read));
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) || char.IsSurrogate(text[i]))
            {
                text[i] = ' ';
            }
        }

        var excerpt = text.ToString().Trim();
        return excerpt.Length > WebhookAttempt.ExcerptMaxLength ? excerpt[..WebhookAttempt.ExcerptMaxLength] : excerpt;
    }
}
