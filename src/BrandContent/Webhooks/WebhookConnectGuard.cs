using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace BrandContent.Webhooks;

/// <summary>Refused by <see cref="WebhookConnectGuard"/>: the host resolved only to forbidden addresses.</summary>
public sealed class WebhookTargetForbiddenException(string host) : Exception($"'{host}' resolves only to addresses webhooks may not reach.");

/// <summary>
/// The connection step of the webhook client: resolves the host itself and connects only to allowed addresses, then
/// checks the address the socket is connected to. What is checked is what is used, so a DNS answer that changes
/// between the check at creation and the send (DNS rebinding) cannot reach a private address.
/// </summary>
public sealed class WebhookConnectGuard(IOptions<WebhookOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowPrivate = options.Value.AllowPrivateTargets;
        var allowed = allowPrivate ? addresses : addresses.Where(a => !WebhookTargets.IsForbidden(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebhookTargetForbiddenException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            if (!allowPrivate && socket.RemoteEndPoint is IPEndPoint remote && WebhookTargets.IsForbidden(remote.Address))
            {
                throw new WebhookTargetForbiddenException(host);
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
