using System.Net;
using System.Text.RegularExpressions;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BrandContent.Tests.Studio;

/// <summary>
/// The studio over plain HTTP, as a browser without script would use it: cookies kept, redirects not followed (tests
/// look at them), forms posted with the anti-forgery token read from the page. For tests of headers, sessions and
/// statement counts, where a real browser adds nothing but time.
/// </summary>
public sealed partial class StudioHttp(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>A client of <paramref name="server"/>; <paramref name="https"/> makes requests arrive as HTTPS.</summary>
    public static StudioHttp Of(WebApplicationFactory<Program> server, string language = "en", bool https = false, bool cookies = true)
    {
        var client = server.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = cookies,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return new StudioHttp(client);
    }

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public async Task<string> TokenAsync(string path = "/studio/signin")
    {
        var page = await http.GetStringAsync(path);
        return TokenOf(page) ?? throw new InvalidOperationException($"No anti-forgery token on {path}.");
    }

    public static string? TokenOf(string page) => TokenPattern().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>Posts a form; <paramref name="token"/> null reads one from <paramref name="tokenFrom"/>, "" sends none.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? token = null, string tokenFrom = "/studio/signin")
    {
        token ??= await TokenAsync(tokenFrom);
        var form = fields.ToList();
        if (token.Length > 0)
        {
            form.Add(new("__RequestVerificationToken", token));
        }

        return await http.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> SignInAsync(string key, string? returnUrl = null) =>
        PostFormAsync("/studio/signin", returnUrl is null ? [new("key", key)] : [new("key", key), new("returnUrl", returnUrl)]);

    /// <summary>Signs in and fails the test unless the studio answered with a session.</summary>
    public async Task SignedInAsync(string key)
    {
        var response = await SignInAsync(key);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    /// <summary>The value the server set for a cookie, from the response's Set-Cookie headers.</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>Key helpers the studio's HTTP tests share.</summary>
public static class StudioKeys
{
    public static async Task<string> IdOfAsync(BrandContentApp app, string name) =>
        (await app.GraphQL().QueryAsync("{ apiKeys { id name } }")).Ok().GetProperty("apiKeys").EnumerateArray()
            .Single(k => k.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;

    public static async Task RevokeAsync(BrandContentApp app, string name) =>
        (await app.GraphQL().QueryAsync("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }", new { id = await IdOfAsync(app, name) })).Ok();
}
