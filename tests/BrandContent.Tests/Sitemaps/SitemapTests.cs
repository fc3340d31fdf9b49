using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Publishing;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BrandContent.Tests.Sitemaps;

/// <summary>
/// The sitemaps list exactly what delivery serves publicly, one URL per story and locale with reciprocal hreflang
/// alternates, valid against the sitemaps.org schemas, split into pages past the limit, and cached like delivery answers.
/// </summary>
public sealed class SitemapTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Pattern = "https://example.org/{locale}/{slug}";

    private WebApplicationFactory<Program> Server(params (string Key, string Value)[] settings) =>
        app.With([("BrandContent:Sitemaps:DefaultPattern", Pattern), .. settings]);

    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(HttpClient http, string path, string? etag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>A brand public in vi and en, with stories given as name → locales.</summary>
    private async Task<Brand> BrandAsync(params Story[] stories)
    {
        var brand = TestContent.Brand(null, "vi", "en");
        await using var db = app.OpenDb();
        db.Add(brand);
        foreach (var story in stories)
        {
            story.BrandId = brand.Id;
            story.Variants.OfType<StoryVariant>().ToList().ForEach(v => v.BrandId = brand.Id);
        }

        db.AddRange(stories);
        await db.SaveChangesAsync();
        return brand;
    }

    private static Story Story(string name, params V[] locales) => TestContent.Story(new Brand(), name, new DateOnly(2026, 6, 1), locales);

    [Fact]
    public async Task A_brands_sitemap_lists_each_published_story_per_locale_with_reciprocal_hreflang_links_valid_against_the_schema()
    {
        var past = DateTimeOffset.UtcNow.AddDays(-1);
        var future = DateTimeOffset.UtcNow.AddDays(1);
        var archived = Story("archived", "vi");
        archived.ArchivedAt = past;
        var brand = await BrandAsync(
            Story("gongs", "vi", "en", "zh-Hans", new V("ja", WorkflowStatus.InReview)),
            Story("single", "vi"),
            Story("scheduled", new V("vi", WorkflowStatus.Published, PublishAt: future)),
            Story("withdrawn", new V("vi", WorkflowStatus.Published, UnpublishAt: past)),
            Story("draft", new V("vi", WorkflowStatus.Draft)),
            archived);
        await using var server = Server();

        var (status, body, response) = await GetAsync(server.CreateClient(), $"/sitemaps/{brand.Slug}.xml");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = SitemapDocuments.Urls(SitemapDocuments.Valid(body));

        string Url(string name, string locale) => $"https://example.org/{locale}/{name}-{locale.ToLowerInvariant()}";
        Assert.Equal(
            new[] { Url("gongs", "en"), Url("gongs", "vi"), Url("gongs", "zh-Hans"), Url("single", "vi") }.Order(),
            urls.Select(u => u.Loc).Order());

        // Every locale of the story, itself included, and x-default for the brand's source locale; none for a story in one locale.
        var gongs = urls.Single(u => u.Loc == Url("gongs", "vi"));
        Assert.Equal(
            new Dictionary<string, string> { ["en"] = Url("gongs", "en"), ["vi"] = Url("gongs", "vi"), ["zh-Hans"] = Url("gongs", "zh-Hans"), ["x-default"] = Url("gongs", "vi") },
            gongs.Alternates);
        Assert.Empty(urls.Single(u => u.Loc == Url("single", "vi")).Alternates);
        foreach (var url in urls)
        {
            foreach (var (hreflang, href) in url.Alternates.Where(a => a.Key != "x-default"))
            {
                var other = urls.Single(u => u.Loc == href);
                Assert.Equal(url.Loc, other.Alternates[url.Alternates.Single(a => a.Value == url.Loc && a.Key != "x-default").Key]);
                Assert.Contains(hreflang, other.Alternates.Keys);
            }

            Assert.InRange(url.LastModified, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        }
    }

    [Fact]
    public async Task The_sitemap_index_lists_each_public_brand_valid_against_the_schema_and_hides_the_others()
    {
        var shown = await BrandAsync(Story("shown", "vi", "en"));
        var hidden = TestContent.Brand(null, new V("vi", WorkflowStatus.Draft));
        var archived = TestContent.Brand(null, "vi");
        archived.ArchivedAt = DateTimeOffset.UtcNow.AddDays(-1);
        await using (var db = app.OpenDb())
        {
            db.AddRange(hidden, archived);
            db.AddRange(TestContent.Story(hidden, "hidden", new DateOnly(2026, 6, 1), "vi"), TestContent.Story(archived, "archived", new DateOnly(2026, 6, 1), "vi"));
            await db.SaveChangesAsync();
        }

        await using var server = Server();
        var http = server.CreateClient();
        var (status, body, _) = await GetAsync(http, "/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, status);
        var locations = SitemapDocuments.SitemapLocations(SitemapDocuments.Valid(body));
        Assert.Contains($"http://localhost/sitemaps/{shown.Slug}.xml", locations);
        Assert.Contains("http://localhost/sitemaps/gia-lai.xml", locations);
        Assert.DoesNotContain(locations, l => l.Contains(hidden.Slug, StringComparison.Ordinal) || l.Contains(archived.Slug, StringComparison.Ordinal));

        foreach (var slug in new[] { hidden.Slug, archived.Slug, "no-such-brand" })
        {
            var missing = await GetAsync(http, $"/sitemaps/{slug}.xml");
            Assert.Equal(HttpStatusCode.NotFound, missing.Status);
            Assert.Equal("SITEMAP_NOT_FOUND", JsonDocument.Parse(missing.Body).RootElement.GetProperty("code").GetString());
        }

        // Each listed sitemap is there and valid; a configured per-brand pattern is used for its brand.
        var giaLai = SitemapDocuments.Urls(SitemapDocuments.Valid((await GetAsync(http, "/sitemaps/gia-lai.xml")).Body));
        Assert.All(giaLai, u => Assert.StartsWith("https://gialai.example.org/", u.Loc, StringComparison.Ordinal));
        Assert.Contains(giaLai, u => u.Loc == "https://gialai.example.org/vi/mua-da-quy-tren-nui-lua-chu-dang-ya");
    }

    [Fact]
    public async Task A_brand_over_the_limit_is_split_into_pages_that_the_index_points_at()
    {
        var brand = await BrandAsync(Story("a", "vi", "en"), Story("b", "vi", "en"), Story("c", "vi", "en"), Story("d", "vi", "en"));
        await using var server = Server(("BrandContent:Sitemaps:MaxUrlsPerSitemap", "3"));
        var http = server.CreateClient();

        var pages = Enumerable.Range(1, 3).Select(p => $"http://localhost/sitemaps/{brand.Slug}/{p}.xml").ToList();
        var index = SitemapDocuments.SitemapLocations(SitemapDocuments.Valid((await GetAsync(http, "/sitemap.xml")).Body));
        Assert.Equal(pages, index.Where(l => l.Contains(brand.Slug, StringComparison.Ordinal)));
        Assert.DoesNotContain($"http://localhost/sitemaps/{brand.Slug}.xml", index);
        Assert.Equal(pages, SitemapDocuments.SitemapLocations(SitemapDocuments.Valid((await GetAsync(http, $"/sitemaps/{brand.Slug}.xml")).Body)));

        var locs = new List<string>();
        foreach (var page in pages)
        {
            var urls = SitemapDocuments.Urls(SitemapDocuments.Valid((await GetAsync(http, new Uri(page).AbsolutePath)).Body));
            Assert.InRange(urls.Count, 1, 3);
            locs.AddRange(urls.Select(u => u.Loc));
        }

        Assert.Equal(8, locs.Distinct().Count());
        foreach (var beyond in new[] { "4", "0", "-1", "x", "99999999999999" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(http, $"/sitemaps/{brand.Slug}/{beyond}.xml")).Status);
        }
    }

    [Fact]
    public async Task A_sitemap_is_cached_with_an_etag_and_publishing_or_unpublishing_a_story_shows_at_once()
    {
        var brand = await BrandAsync(Story("first", "vi"));
        var later = TestContent.Story(brand, "later", new DateOnly(2026, 7, 1), new V("vi", WorkflowStatus.Approved));
        await using (var db = app.OpenDb())
        {
            db.Add(later);
            await db.SaveChangesAsync();
        }

        await using var server = Server();
        await server.ListeningAsync();
        var http = server.CreateClient();
        var path = $"/sitemaps/{brand.Slug}.xml";
        var first = await GetAsync(http, path);
        Assert.StartsWith("public", first.Response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains($"brand-{brand.Slug}", first.Response.Headers.GetValues("Surrogate-Key").Single());
        app.Statements.Reset();
        var second = await GetAsync(http, path);
        Assert.Equal(0, app.Statements.Count);
        Assert.Equal(first.Body, second.Body);
        var etag = first.Response.Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(http, path, etag)).Status);

        var editing = new Fixtures.Editing(server.GraphQL());
        (await editing.StepAsync("publish", "STORY", later.Id, "vi", 1)).Ok();
        var published = await GetAsync(http, path, etag);
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Contains(SitemapDocuments.Urls(SitemapDocuments.Valid(published.Body)), u => u.Loc == "https://example.org/vi/later-vi");

        (await editing.StepAsync("unpublish", "STORY", later.Id, "vi")).Ok();
        var unpublished = SitemapDocuments.Urls(SitemapDocuments.Valid((await GetAsync(http, path)).Body));
        Assert.Equal(["https://example.org/vi/first-vi"], unpublished.Select(u => u.Loc));
    }

    [Fact]
    public async Task Hostile_brand_slugs_are_refused_as_not_found_never_a_server_error()
    {
        await using var server = Server();
        var http = server.CreateClient();
        // (A NUL in the path never reaches the application: Kestrel answers 400 itself, and the in-process client refuses to send it.)
        foreach (var slug in new[] { "..", "%2e%2e", "a%01b", "a%1Bb", "a%7Fb", "a%0Ab", "%3Cscript%3E", new string('a', 5_000), "gia-lai%2F..%2Fviet-nam", "%E2%80%AE" })
        {
            var (status, body, _) = await GetAsync(http, $"/sitemaps/{slug}.xml");
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{slug}: {status} {body}");
        }

        // The refusal names what was asked in a JSON problem, never in markup a browser would run.
        var (_, refused, response) = await GetAsync(http, "/sitemaps/%3Cscript%3E.xml");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("SITEMAP_NOT_FOUND", JsonDocument.Parse(refused).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Patterns_with_query_strings_are_escaped_in_the_xml()
    {
        var brand = await BrandAsync(Story("escaped", "vi", "en"));
        await using var server = Server(($"BrandContent:Sitemaps:Brands:{brand.Slug}", "https://example.org/{brand}?locale={locale}&story={slug}"));
        var (_, body, _) = await GetAsync(server.CreateClient(), $"/sitemaps/{brand.Slug}.xml");

        Assert.Contains("&amp;story=escaped-vi", body, StringComparison.Ordinal);
        var urls = SitemapDocuments.Urls(SitemapDocuments.Valid(body));
        Assert.Contains(urls, u => u.Loc == $"https://example.org/{brand.Slug}?locale=vi&story=escaped-vi");
    }

    [Theory]
    [InlineData("BrandContent:Sitemaps:DefaultPattern", "/relative/{locale}/{slug}")]
    [InlineData("BrandContent:Sitemaps:DefaultPattern", "https://example.org/{locale}/no-slug")]
    [InlineData("BrandContent:Sitemaps:DefaultPattern", "ftp://example.org/{locale}/{slug}")]
    [InlineData("BrandContent:Sitemaps:Brands:gia-lai", "https://example.org/{slug}")]
    [InlineData("BrandContent:Sitemaps:MaxUrlsPerSitemap", "50001")]
    [InlineData("BrandContent:Sitemaps:PublicBaseUrl", "https://api.example.org/?x=1")]
    public void A_wrong_sitemap_setting_stops_the_server_naming_it(string key, string value)
    {
        using var server = Server((key, value));
        var error = Record.Exception(() => server.CreateClient());
        Assert.NotNull(error);
        var messages = Flatten(error).Select(e => e.Message);
        var named = key.StartsWith("BrandContent:Sitemaps:Brands:", StringComparison.Ordinal) ? "BrandContent:Sitemaps:Brands" : key;
        Assert.Contains(messages, m => m.Contains(named, StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception error) =>
        error is AggregateException aggregate
            ? [error, .. aggregate.InnerExceptions.SelectMany(Flatten)]
            : error.InnerException is { } inner ? [error, .. Flatten(inner)] : [error];
}
