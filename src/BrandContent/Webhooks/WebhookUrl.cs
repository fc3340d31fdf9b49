using System.Net;
using System.Net.Sockets;
using BrandContent.Editing;

namespace BrandContent.Webhooks;

/// <summary>
/// The rules of a subscription's URL, checked when it is created or changed: absolute https (http only with
/// <see cref="WebhookOptions.AllowPrivateTargets"/>), no user name or password, not too long, and a host that does not
/// resolve to a forbidden address (<see cref="WebhookTargets"/>). The dispatcher checks the address again when it
/// connects, since DNS answers change.
/// </summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    public static async Task<IEnumerable<FieldProblem>> CheckAsync(string field, string url, bool allowPrivateTargets, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return [new FieldProblem(field, ValidationRule.Required)];
        }

        if (url.Length > MaxLength)
        {
            return [new FieldProblem(field, ValidationRule.MaxLength, MaxLength, url.Length)];
        }

        // Whitespace and control characters are refused rather than trimmed or escaped: the URL is stored as sent.
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (allowPrivateTargets && uri.Scheme == Uri.UriSchemeHttp))
            || uri.Host.Length == 0)
        {
            return [new FieldProblem(field, allowPrivateTargets ? ValidationRule.Url : ValidationRule.HttpsUrl, url)];
        }

        if (uri.UserInfo.Length > 0)
        {
            return [new FieldProblem(field, ValidationRule.UrlCredentials)];
        }

        if (allowPrivateTargets)
        {
            return [];
        }

        var forbidden = (await ResolveAsync(uri, cancellationToken)).FirstOrDefault(WebhookTargets.IsForbidden);
        return forbidden is null ? [] : [new FieldProblem(field, ValidationRule.TargetForbidden, uri.Host, forbidden)];
    }

    /// <summary>
    /// The addresses the host stands for: itself when it is an address (Uri has already read 0x7f000001 or 2130706433
    /// as 127.0.0.1), else what DNS answers; a host DNS cannot resolve now is left to the check at send time.
    /// </summary>
    private static async Task<IPAddress[]> ResolveAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            return await Dns.GetHostAddressesAsync(uri.IdnHost, timeout.Token);
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return [];
        }
    }
}
