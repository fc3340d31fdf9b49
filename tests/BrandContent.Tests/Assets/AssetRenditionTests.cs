using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using static BrandContent.Tests.Assets.AssetBankData;

namespace BrandContent.Tests.Assets;

/// <summary>
/// <c>url(width, height, format)</c>: a signed imgproxy (or Thumbor) URL from the configured template, the original URL
/// without one; sizes bounded, and a source URL that can never change the rendition's path. Expected URLs were computed
/// outside this code base (Python's hmac and urllib) with imgproxy's documented example key and salt.
/// </summary>
public sealed class AssetRenditionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Imgproxy = "https://img.example.test/{signature}/rs:fit:{width}:{height}/plain/{source}@{format}";
    private const string Gong = "https://media.test/photos/gong.jpg";

    private WebApplicationFactory<Program> ImgproxyServer(string template = Imgproxy) => app.With(
        ("BrandContent:Assets:RenditionTemplate", template),
        ("BrandContent:Assets:SigningKey", "736563726574"),
        ("BrandContent:Assets:SigningSalt", "68656C6C6F"));

    private async Task<(Brand Brand, Asset Photo)> SeedAsync(string url = Gong)
    {
        var brand = TestContent.Brand();
        var photo = Asset(brand, "photo", url: url);
        await SaveAsync(app, brand, photo);
        return (brand, photo);
    }

    private static async Task<GraphQLResponse> UrlAsync(GraphQLClient client, Guid id, string arguments) =>
        await client.QueryAsync($"query($id: ID!) {{ asset(id: $id) {{ url{arguments} }} }}", new { id });

    private static string? Url(GraphQLResponse response) => response.Ok().GetProperty("asset").GetProperty("url").GetString();

    [Fact]
    public async Task Without_a_template_url_is_the_original_whatever_size_is_asked()
    {
        var (_, photo) = await SeedAsync();
        Assert.Equal(Gong, Url(await UrlAsync(app.GraphQL(), photo.Id, "")));
        Assert.Equal(Gong, Url(await UrlAsync(app.GraphQL(), photo.Id, "(width: 800, height: 600, format: WEBP)")));
    }

    [Fact]
    public async Task With_an_imgproxy_template_url_is_signed_as_imgproxy_documents()
    {
        var (brand, photo) = await SeedAsync();
        using var server = ImgproxyServer();
        var client = server.GraphQL();

        Assert.Equal(
            "https://img.example.test/xtErAc26XH1MYKAWEt7WkHOBi62FszQWcTYen6zO0-Y/rs:fit:800:600/plain/https%3A%2F%2Fmedia.test%2Fphotos%2Fgong.jpg@webp",
            Url(await UrlAsync(client, photo.Id, "(width: 800, height: 600, format: WEBP)")));
        Assert.Equal(Gong, Url(await UrlAsync(client, photo.Id, "")));

        // Several sizes in one query (srcset), on a list.
        var list = (await client.QueryAsync("query($b: String!) { assets(brand: $b) { edges { node { small: url(width: 320) large: url(width: 1280, format: AVIF) } } } }", new { b = brand.Slug }))
            .Ok().GetProperty("assets").GetProperty("edges")[0].GetProperty("node");
        Assert.Contains("/rs:fit:320:0/plain/https%3A%2F%2Fmedia.test%2Fphotos%2Fgong.jpg@jpeg", list.GetProperty("small").GetString());
        Assert.EndsWith("/rs:fit:1280:0/plain/https%3A%2F%2Fmedia.test%2Fphotos%2Fgong.jpg@avif", list.GetProperty("large").GetString());
    }

    [Fact]
    public async Task A_base64_source_and_a_Thumbor_template_are_signed_too()
    {
        var (_, photo) = await SeedAsync();
        using (var base64 = ImgproxyServer("https://img.example.test/{signature}/rs:fit:{width}:{height}/{source64}.{format}"))
        {
            Assert.Equal(
                "https://img.example.test/G7q61Iu3sV1emMpMv-hR2He5vniXxyxXiioTy1DalWc/rs:fit:800:600/aHR0cHM6Ly9tZWRpYS50ZXN0L3Bob3Rvcy9nb25nLmpwZw.avif",
                Url(await UrlAsync(base64.GraphQL(), photo.Id, "(width: 800, height: 600, format: AVIF)")));
        }

        using var thumbor = app.With(
            ("BrandContent:Assets:RenditionTemplate", "https://thumbor.example.test/{signature}/fit-in/{width}x{height}/filters:format({format})/{source}"),
            ("BrandContent:Assets:Signing", "Thumbor"),
            ("BrandContent:Assets:SigningKey", "my-security-key"));
        Assert.Equal(
            "https://thumbor.example.test/YmbI46bGKIeO-Wz4p6n2sGOrmtQ=/fit-in/300x200/filters:format(webp)/https%3A%2F%2Fmedia.test%2Fphotos%2Fgong.jpg",
            Url(await UrlAsync(thumbor.GraphQL(), photo.Id, "(width: 300, height: 200, format: WEBP)")));
    }

    [Fact]
    public async Task Sizes_outside_1_to_the_maximum_and_unknown_formats_are_refused_clearly()
    {
        var (_, photo) = await SeedAsync();
        using var server = ImgproxyServer();
        foreach (var arguments in new[] { "(width: 0)", "(height: -5)", "(width: 4097)", "(width: 800, height: 2147483647)" })
        {
            var refused = await UrlAsync(server.GraphQL(), photo.Id, arguments);
            Assert.Equal(["ASSET_RENDITION_SIZE"], refused.ErrorCodes);
            Assert.Contains("4096", refused.Errors[0].GetProperty("message").GetString());
        }

        var vietnamese = await server.GraphQL().QueryAsync("query($id: ID!) { asset(id: $id) { url(width: 0) } }", new { id = photo.Id }, acceptLanguage: "vi");
        Assert.Contains("điểm ảnh", vietnamese.Errors[0].GetProperty("message").GetString());
        Assert.StartsWith("https://img.example.test/", Url(await UrlAsync(server.GraphQL(), photo.Id, "(width: 4096, height: 1)")));

        var format = await UrlAsync(server.GraphQL(), photo.Id, "(format: GIF)");
        Assert.NotEmpty(format.Errors);
        Assert.NotEqual(500, (int)format.Status);

        using var smaller = app.With(("BrandContent:Assets:MaxDimension", "1000"));
        Assert.Equal(["ASSET_RENDITION_SIZE"], (await UrlAsync(smaller.GraphQL(), photo.Id, "(width: 1001)")).ErrorCodes);
    }

    [Theory]
    [InlineData("https://media.test/a b/../x.jpg?y=1#frag@webp")]
    [InlineData("https://media.test/../../etc/passwd")]
    [InlineData("https://media.test/x.jpg?/rs:fit:9999:9999/plain/https://evil.test/y.jpg")]
    [InlineData("https://media.test/x.jpg#/../../insecure")]
    [InlineData("https://media.test/%2e%2e/%252F/x.jpg")]
    public async Task A_hostile_source_url_stays_one_encoded_segment_and_cannot_change_the_rendition_path(string source)
    {
        var (_, photo) = await SeedAsync(source);
        using var server = ImgproxyServer();

        var url = Url(await UrlAsync(server.GraphQL(), photo.Id, "(width: 640, format: JPEG)"))!;

        var uri = new Uri(url);
        Assert.Equal("img.example.test", uri.Host);
        Assert.Equal("", uri.Query);
        Assert.Equal("", uri.Fragment);
        var segments = url["https://img.example.test/".Length..].Split('/');
        Assert.Equal(4, segments.Length);
        Assert.Equal(["rs:fit:640:0", "plain"], segments[1..3]);
        Assert.EndsWith("@jpeg", segments[3]);
        Assert.Equal(source, Uri.UnescapeDataString(segments[3][..^"@jpeg".Length]));
        Assert.DoesNotContain(' ', url);
    }

    [Fact]
    public async Task The_documented_hostile_example_has_the_signature_computed_independently()
    {
        var (_, photo) = await SeedAsync("https://media.test/a b/../x.jpg?y=1#frag@webp");
        using var server = ImgproxyServer();
        Assert.Equal(
            "https://img.example.test/Cef2TzGNTBPMvrptaIfjqiKztyocXENd8chN8Wz3oGM/rs:fit:640:0/plain/https%3A%2F%2Fmedia.test%2Fa%20b%2F..%2Fx.jpg%3Fy%3D1%23frag%40webp@jpeg",
            Url(await UrlAsync(server.GraphQL(), photo.Id, "(width: 640, format: JPEG)")));
    }

    [Fact]
    public async Task Videos_and_documents_get_their_original_url_and_sizes_are_still_checked()
    {
        var brand = TestContent.Brand();
        var video = Asset(brand, "film", AssetKind.Video);
        var document = Asset(brand, "brochure", AssetKind.Document, url: "https://media.test/brochure.pdf");
        document.MimeType = "application/pdf";
        await SaveAsync(app, brand, video, document);
        using var server = ImgproxyServer();

        Assert.Equal(video.Url, Url(await UrlAsync(server.GraphQL(), video.Id, "(width: 640, format: WEBP)")));
        Assert.Equal("https://media.test/brochure.pdf", Url(await UrlAsync(server.GraphQL(), document.Id, "(width: 640)")));
        Assert.Equal(["ASSET_RENDITION_SIZE"], (await UrlAsync(server.GraphQL(), video.Id, "(width: 0)")).ErrorCodes);
    }

    [Theory]
    [InlineData("BrandContent:Assets:RenditionTemplate", "https://img.example.test/rs:fit:{width}/plain/{source}")]
    [InlineData("BrandContent:Assets:RenditionTemplate", "ftp://img.example.test/{signature}/plain/{source}")]
    [InlineData("BrandContent:Assets:RenditionTemplate", "https://img.example.test/{signature}/rs:fit:{width}:{height}")]
    [InlineData("BrandContent:Assets:SigningKey", "not-hex")]
    [InlineData("BrandContent:Assets:SigningKey", "")]
    [InlineData("BrandContent:Assets:SigningSalt", "xyz")]
    [InlineData("BrandContent:Assets:MaxDimension", "0")]
    public void A_wrong_asset_setting_stops_the_server_naming_it(string setting, string value)
    {
        var settings = new Dictionary<string, string>
        {
            ["BrandContent:Assets:RenditionTemplate"] = Imgproxy,
            ["BrandContent:Assets:SigningKey"] = "736563726574",
            ["BrandContent:Assets:SigningSalt"] = "68656C6C6F",
            [setting] = value,
        };
        using var wrong = app.With(settings.Select(s => (s.Key, s.Value)).ToArray());
        var error = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());
        Assert.Contains(setting, error.ToString());
    }
}
