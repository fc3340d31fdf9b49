namespace BrandContent.Api.Health;

/// <summary>
/// <c>dotnet BrandContent.Api.dll --probe http://localhost:8080/readyz</c>: exits 0 when the URL answers 2xx, 1
/// otherwise. For container health checks (the ASP.NET runtime image has no curl or wget); it starts no server and
/// touches no database.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--probe";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>The URL to probe when the arguments ask for it; an argument without a URL is an error.</summary>
    public static bool IsRequested(string[] args, out string? url)
    {
        var at = Array.IndexOf(args, Argument);
        url = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        return at >= 0;
    }

    public static async Task<int> RunAsync(string? url, TextWriter output)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            await output.WriteLineAsync($"{Argument} needs an http(s) URL, e.g. {Argument} http://localhost:8080/readyz");
            return 1;
        }

        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(uri);
            await output.WriteLineAsync($"{uri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{uri}: {e.Message}");
            return 1;
        }
    }
}
