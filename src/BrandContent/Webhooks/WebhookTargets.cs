using System.Net;
using System.Net.Sockets;

namespace BrandContent.Webhooks;

/// <summary>
/// The addresses a webhook may never be sent to (server-side request forgery): loopback, private, carrier-grade NAT,
/// link-local (cloud metadata at 169.254.169.254), unique-local (fd00:ec2::254), multicast, reserved and unspecified
/// ranges, also when written as IPv4-mapped, NAT64 or 6to4 IPv6 addresses.
/// </summary>
public static class WebhookTargets
{
    private static readonly (IPAddress Network, int Prefix)[] ForbiddenV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),
        (IPAddress.Parse("10.0.0.0"), 8),
        (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8),
        (IPAddress.Parse("169.254.0.0"), 16),
        (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24),
        (IPAddress.Parse("192.0.2.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16),
        (IPAddress.Parse("198.18.0.0"), 15),
        (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24),
        (IPAddress.Parse("224.0.0.0"), 4),
        (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] ForbiddenV6 =
    [
        (IPAddress.IPv6None, 128),
        (IPAddress.IPv6Loopback, 128),
        (IPAddress.Parse("fc00::"), 7),
        (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10),
        (IPAddress.Parse("ff00::"), 8),
        (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("100::"), 64),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsForbidden(address.MapToIPv4());
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            if (Nat64.Contains(address) || IsIPv4Compatible(bytes))
            {
                return IsForbidden(new IPAddress(bytes[12..16]));
            }

            if (SixToFour.Contains(address))
            {
                return IsForbidden(new IPAddress(bytes[2..6]));
            }

            return ForbiddenV6.Any(n => new IPNetwork(n.Network, n.Prefix).Contains(address));
        }

        return ForbiddenV4.Any(n => new IPNetwork(n.Network, n.Prefix).Contains(address));
    }

    /// <summary>The deprecated ::a.b.c.d form (not :: or ::1, which the IPv6 table covers).</summary>
    private static bool IsIPv4Compatible(byte[] bytes) =>
        bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (bytes[12] | bytes[13]) != 0;
}
