namespace BrandContent.Api.Studio.Sessions;

/// <summary>The cookie that holds the session id (never the key): HttpOnly, SameSite=Strict, Secure over HTTPS.</summary>
public static class StudioSessionCookie
{
    public const string Name = "bc_studio";

    public static string? Read(HttpRequest request) => request.Cookies[Name] is { Length: > 0 } token ? token : null;

    public static void Write(HttpResponse response, string sessionToken) =>
        response.Cookies.Append(Name, sessionToken, Options(response.HttpContext.Request));

    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name, Options(response.HttpContext.Request));

    /// <summary>A session cookie (no Max-Age): the server decides when it ends, and closing the browser forgets it.</summary>
    public static CookieOptions Options(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = StudioRoutes.Root,
        IsEssential = true,
    };
}
