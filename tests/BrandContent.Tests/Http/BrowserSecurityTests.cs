using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>
/// Browsers: CORS only for the configured origins, and on every response the headers that stop sniffing, framing and
/// referrer leaks, with a Content-Security-Policy the GraphiQL page can live with.
/// </summary>
public sealed partial class BrowserSecurityTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Site = "https://www.gialai.example";
    private const string Elsewhere = "https://elsewhere.example";

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization, x-api-key, accept-language");
        return request;
    }

    private static HttpRequestMessage Post(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ markets { code } }" }) };
        request.Headers.Add("Origin", origin);
        request.Headers.Authorization = new("Bearer", BrandContentApp.AdminToken);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static string[] List(HttpResponseMessage response, string name) =>
        (Header(response, name) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => v.ToLowerInvariant()).ToArray();

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_and_one_from_elsewhere_is_not()
    {
        await using var server = app.With(("BrandContent:Cors:AllowedOrigins:0", Site));
        var http = server.CreateClient();

        var allowed = await http.SendAsync(Preflight(Site));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(Site, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("post", List(allowed, "Access-Control-Allow-Methods"));
        Assert.Subset(List(allowed, "Access-Control-Allow-Headers").ToHashSet(), new HashSet<string> { "content-type", "authorization", "x-api-key", "accept-language" });
        Assert.Equal("600", Header(allowed, "Access-Control-Max-Age"));

        var refused = await http.SendAsync(Preflight(Elsewhere));
        Assert.Null(Header(refused, "Access-Control-Allow-Origin"));
        Assert.Null(Header(refused, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task A_request_from_an_allowed_origin_may_read_the_answer_and_the_retry_after_header()
    {
        await using var server = app.With(("BrandContent:Cors:AllowedOrigins:0", Site));
        var http = server.CreateClient();

        var allowed = await http.SendAsync(Post(Site));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(Site, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("retry-after", List(allowed, "Access-Control-Expose-Headers"));
        // Twice: the second answer comes from the response cache; a CDN must keep one copy per origin (one allowed origin: CORS itself does not say so).
        var cached = await http.SendAsync(Post(Site));
        foreach (var answer in new[] { allowed, cached })
        {
            Assert.Superset(new HashSet<string> { "origin", "accept", "accept-language", "authorization", "x-api-key" }, List(answer, "Vary").ToHashSet());
        }

        var elsewhere = await http.SendAsync(Post(Elsewhere));
        Assert.Null(Header(elsewhere, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_cors_headers_are_sent()
    {
        var http = app.CreateClient();
        Assert.Null(Header(await http.SendAsync(Preflight(Site)), "Access-Control-Allow-Origin"));
        Assert.Null(Header(await http.SendAsync(Post(Site)), "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/graphiql/")]
    [InlineData("/graphiql/graphiql.js")]
    [InlineData("/graphiql/vendor/graphiql.min.css")]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/no-such-page")]
    public async Task Security_headers_are_on_every_response(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Security_headers_are_on_graphql_answers_and_refusals()
    {
        var answered = await app.GraphQL().QueryAsync("{ markets { code } }");
        answered.Ok();
        var refused = await app.GraphQL(null).QueryAsync("{ markets { code } }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        foreach (var response in new[] { answered, refused })
        {
            Assert.Equal("nosniff", response.Headers["X-Content-Type-Options"]);
            Assert.Equal("no-referrer", response.Headers["Referrer-Policy"]);
            Assert.Equal("DENY", response.Headers["X-Frame-Options"]);
            Assert.True(response.Headers.ContainsKey("Content-Security-Policy"));
        }
    }

    [Fact]
    public async Task The_content_security_policy_is_configurable()
    {
        await using var server = app.With(("BrandContent:SecurityHeaders:ContentSecurityPolicy", "default-src 'self'"));
        Assert.Equal("default-src 'self'", Header(await server.CreateClient().GetAsync("/graphiql/"), "Content-Security-Policy"));

        await using var without = app.With(("BrandContent:SecurityHeaders:ContentSecurityPolicy", ""));
        var response = await without.CreateClient().GetAsync("/graphiql/");
        Assert.Null(Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    /// <summary>
    /// The page and every file it loads are served, and the policy sent with the page allows each of them: local
    /// scripts without inline code, local styles, the inline style elements GraphiQL adds, its data: fonts, and calls to /graphql.
    /// </summary>
    [Fact]
    public async Task The_graphiql_page_and_its_files_load_under_the_content_security_policy()
    {
        var http = app.CreateClient();
        var page = await http.GetAsync("/graphiql/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var policy = ContentSecurityPolicy.Parse(Header(page, "Content-Security-Policy")!);

        var scripts = ScriptTag().Matches(html).Select(m => (Src: m.Groups["src"].Value, Body: m.Groups["body"].Value)).ToList();
        var styles = StylesheetTag().Matches(html).Select(m => m.Groups["href"].Value).ToList();
        Assert.Equal(4, scripts.Count);
        Assert.Single(styles);
        Assert.All(scripts, s => Assert.True(s.Src.Length > 0 && s.Body.Trim().Length == 0, $"inline script: {s.Body}"));

        foreach (var (file, directive, mediaType) in scripts.Select(s => (s.Src, "script-src", "text/javascript")).Concat(styles.Select(s => (s, "style-src", "text/css"))))
        {
            Assert.False(Uri.TryCreate(file, UriKind.Absolute, out _), $"{file} is not local");
            Assert.True(policy.Allows(directive, "'self'"), $"{directive} does not allow 'self'");
            var response = await http.GetAsync(new Uri(new Uri("http://localhost/graphiql/"), file));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Contains("<style>", html);
        Assert.True(policy.Allows("style-src", "'unsafe-inline'"), "GraphiQL's inline style elements are blocked");
        Assert.False(policy.Allows("script-src", "'unsafe-inline'"), "inline scripts should stay blocked");
        var css = await http.GetStringAsync("/graphiql/vendor/graphiql.min.css");
        Assert.Contains("url(data:font/", css);
        Assert.True(policy.Allows("font-src", "data:"), "GraphiQL's embedded fonts are blocked");
        Assert.True(policy.Allows("img-src", "data:"), "GraphiQL's embedded images are blocked");
        Assert.True(policy.Allows("connect-src", "'self'"), "GraphiQL cannot call /graphql");
    }

    [GeneratedRegex("""<script(?:\s+src="(?<src>[^"]*)")?[^>]*>(?<body>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""<link\s+rel="stylesheet"\s+href="(?<href>[^"]*)"[^>]*>""")]
    private static partial Regex StylesheetTag();

    /// <summary>Just enough of CSP to ask whether a directive (or default-src in its place) lists a source.</summary>
    private sealed record ContentSecurityPolicy(Dictionary<string, string[]> Directives)
    {
        public static ContentSecurityPolicy Parse(string header) => new(header
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]));

        public bool Allows(string directive, string source) =>
            (Directives.GetValueOrDefault(directive) ?? Directives.GetValueOrDefault("default-src") ?? ["*"]).Contains(source);
    }
}
