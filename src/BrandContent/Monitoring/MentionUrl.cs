using System.Diagnostics.CodeAnalysis;

namespace BrandContent.Monitoring;

/// <summary>
/// The one spelling of a mention's address, so that the same article found by two tools is one mention: http(s)
/// only, no user info, host in lower case (IDN as punycode), no default port, no fragment, no <c>utm_*</c>
/// tracking parameters (monitoring exports add them).
/// </summary>
public static class MentionUrl
{
    private const string TrackingPrefix = "utm_";

    public static bool TryNormalize(string? value, [NotNullWhen(true)] out string? url)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(value) || value.Length > Mention.UrlMaxLength || value.Any(char.IsControl))
        {
            return false;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0
            || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
        {
            return false;
        }

        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(TrackingPrefix, StringComparison.OrdinalIgnoreCase)));
        var normalized = $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}{port}{uri.AbsolutePath}{(query.Length > 0 ? "?" + query : "")}";
        if (normalized.Length > Mention.UrlMaxLength)
        {
            return false;
        }

        url = normalized;
        return true;
    }
}
