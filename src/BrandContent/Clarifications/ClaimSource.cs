using BrandContent.Editing;

namespace BrandContent.Clarifications;

/// <summary>
/// The rule of a claim's source URL: absolute http or https, no user name or password, no whitespace or control
/// characters, at most <see cref="Clarification.SourceUrlMaxLength"/> characters. A private or local address is
/// accepted: the URL records where a claim was seen (an intranet page, a forwarded link) and the server never fetches it.
/// </summary>
public static class ClaimSource
{
    public static IEnumerable<FieldProblem> Check(string field, string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return [];
        }

        if (url.Length > Clarification.SourceUrlMaxLength)
        {
            return [new FieldProblem(field, ValidationRule.MaxLength, Clarification.SourceUrlMaxLength, url.Length)];
        }

        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            || uri.Host.Length == 0)
        {
            return [new FieldProblem(field, ValidationRule.Url, url[..Math.Min(url.Length, 100)])];
        }

        return uri.UserInfo.Length > 0 ? [new FieldProblem(field, ValidationRule.UrlCredentials)] : [];
    }
}
