using System.Net;
using System.Text;
using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Http;

/// <summary>
/// An XLIFF file of a real size travels in importXliff, for keys that may import, up to its own limit; every other
/// request, and every other caller, keeps the 256 KiB limit.
/// </summary>
public sealed class ImportBodyLimitTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const int SmallLimit = 256 * 1024;
    private const string Import = "mutation($c: String!) { importXliff(content: $c) { locale changed { kind } unchangedUnits unitsWithoutTarget } }";

    private static void AssertTooLarge(GraphQLResponse response, long limit)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
        Assert.Equal($"The request body is larger than {limit} bytes.", response.Errors[0].GetProperty("message").GetString());
    }

    /// <summary>A request whose JSON body is padded with whitespace to about <paramref name="bytes"/> bytes.</summary>
    private static HttpRequestMessage Padded(string query, object? variables, int bytes)
    {
        var json = JsonSerializer.Serialize(new { query, variables });
        return new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json[..^1] + new string(' ', Math.Max(0, bytes - json.Length)) + "}", Encoding.UTF8, "application/json"),
        };
    }

    [Fact]
    public async Task The_all_brands_export_in_scope_ALL_over_256_KiB_imports_through_HTTP_for_a_translator()
    {
        var export = (await app.GraphQL().QueryAsync("{ xliffExport(locale: \"ja\", scope: ALL) { content unitCount } }")).Ok().GetProperty("xliffExport");
        var content = export.GetProperty("content").GetString()!;
        Assert.True(Encoding.UTF8.GetByteCount(content) > SmallLimit, $"the export is {Encoding.UTF8.GetByteCount(content)} bytes");
        var translator = app.GraphQL(await Keys.CreateAsync(app, "all-brands translator", "TRANSLATOR"));

        var report = (await translator.QueryAsync(Import, new { c = content })).Ok().GetProperty("importXliff");

        Assert.Equal("ja", report.GetProperty("locale").GetString());
        Assert.Equal(0, report.GetProperty("changed").GetArrayLength());
        Assert.Equal(
            export.GetProperty("unitCount").GetInt32(),
            report.GetProperty("unchangedUnits").GetInt32() + report.GetProperty("unitsWithoutTarget").GetInt32());
        Assert.True(report.GetProperty("unchangedUnits").GetInt32() > 0);
    }

    [Fact]
    public async Task The_same_key_gets_413_for_any_other_operation_over_256_KiB_or_an_import_whose_query_text_is_that_large()
    {
        var translator = app.GraphQL(await Keys.CreateAsync(app, "padding translator", "TRANSLATOR"));

        AssertTooLarge(await translator.SendAsync(Padded("{ markets { code } }", null, SmallLimit + 1024)), SmallLimit);
        AssertTooLarge(await translator.SendAsync(Padded("mutation($c: String!) { importXliff(content: $c) { locale } registerPersistedQuery(query: \"{ locales { tag } }\") { id } }", new { c = "<x/>" }, SmallLimit + 1024)), SmallLimit);
        AssertTooLarge(await translator.SendAsync(Padded("mutation { importXliff(content: \"" + new string('x', SmallLimit + 1) + "\") { locale } }", null, 0)), SmallLimit);

        // Under the small limit nothing changes, and an import over it is read (here: refused as not XML).
        (await translator.SendAsync(Padded("{ markets { code } }", null, SmallLimit - 1024))).Ok();
        Assert.Equal(["VALIDATION_FAILED"], (await translator.SendAsync(Padded(Import, new { c = "<x>" + new string('x', SmallLimit) }, 0))).ErrorCodes);
    }

    [Fact]
    public async Task A_public_key_cannot_send_an_import_over_256_KiB()
    {
        var reader = app.GraphQL(await Keys.CreateAsync(app, "public site", "PUBLIC"));

        AssertTooLarge(await reader.SendAsync(Padded(Import, new { c = "<x/>" }, SmallLimit + 1)), SmallLimit);
        AssertTooLarge(await app.GraphQL(token: null).SendAsync(Padded(Import, new { c = "<x/>" }, SmallLimit + 1)), SmallLimit);
    }

    [Fact]
    public async Task An_import_over_the_import_limit_is_413_the_default_limit_being_16_MiB()
    {
        await using var server = app.With(("BrandContent:Limits:MaxImportBodyBytes", "409600"));
        var translator = server.GraphQL(await Keys.CreateAsync(app, "limited translator", "TRANSLATOR"));

        AssertTooLarge(await translator.SendAsync(Padded(Import, new { c = "<x/>" }, 409_601)), 409_600);
        Assert.Equal(["VALIDATION_FAILED"], (await translator.SendAsync(Padded(Import, new { c = "<x/>" }, 409_600))).ErrorCodes);
        AssertTooLarge(await app.GraphQL().SendAsync(Padded(Import, new { c = "<x/>" }, (16 * 1024 * 1024) + 1)), 16 * 1024 * 1024);
    }
}
