using System.Net;
using System.Text;
using BrandContent.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace BrandContent.Tests.Http;

/// <summary>A body over the limit is a 413 with a coded error, whether or not it says its length; the server keeps serving.</summary>
public sealed class RequestBodyLimitTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Query = "{ markets { code } }";

    /// <summary>A valid request of exactly <paramref name="bytes"/> bytes, padded with JSON whitespace.</summary>
    private static string BodyOf(int bytes)
    {
        var json = $$"""{"query":"{{Query}}"}""";
        return json[..^1] + new string(' ', bytes - json.Length) + "}";
    }

    private static void AssertTooLarge(GraphQLResponse response, string message)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
        Assert.Equal(message, response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_over_the_default_256_KiB_is_a_413_and_one_at_the_limit_runs()
    {
        var client = app.GraphQL();
        AssertTooLarge(await client.PostRawAsync(BodyOf(256 * 1024 + 1)), "The request body is larger than 262144 bytes.");
        Assert.NotEqual(0, (await client.PostRawAsync(BodyOf(256 * 1024))).Ok().GetProperty("markets").GetArrayLength());
    }

    [Fact]
    public async Task A_body_over_a_configured_limit_is_refused_in_the_callers_language_and_the_next_request_works()
    {
        await using var server = app.With(("BrandContent:Limits:MaxRequestBodyBytes", "1024"));
        var client = server.GraphQL();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(BodyOf(1025), Encoding.UTF8, "application/json") };
        AssertTooLarge(await client.SendAsync(request, acceptLanguage: "vi"), "Nội dung yêu cầu lớn hơn 1024 byte.");
        (await client.PostRawAsync(BodyOf(1024))).Ok();
    }

    [Fact]
    public async Task A_body_without_a_length_is_cut_off_at_the_limit()
    {
        await using var server = app.With(("BrandContent:Limits:MaxRequestBodyBytes", "1024"));

        // The in-memory client always sends Content-Length; the test server can take a request without one.
        var refused = await PostWithoutLengthAsync(server.Server, BodyOf(64 * 1024));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused.Status);
        Assert.Contains("\"REQUEST_TOO_LARGE\"", refused.Body);
        var served = await PostWithoutLengthAsync(server.Server, BodyOf(1024));
        Assert.Equal(StatusCodes.Status200OK, served.Status);
        Assert.Contains("\"markets\"", served.Body);
    }

    [Fact]
    public async Task A_body_without_a_length_is_read_whole_however_many_buffers_it_takes()
    {
        // Past the first buffer (4 KiB) and past the pooled ones (64 KiB), under the 256 KiB limit.
        var served = await PostWithoutLengthAsync(app.Server, BodyOf(100 * 1024));

        Assert.Equal(StatusCodes.Status200OK, served.Status);
        Assert.Contains("\"markets\"", served.Body);
    }

    [Fact]
    public async Task Kestrel_refuses_a_chunked_body_over_the_limit_and_serves_the_next_request()
    {
        await using var server = app.With(("BrandContent:Limits:MaxRequestBodyBytes", "1024"));
        // A dynamic loopback port, whatever the configured URLs say.
        server.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        server.StartServer();

        // A plain client: the factory's own buffers the body and so always sends Content-Length.
        using var http = new HttpClient { BaseAddress = server.CreateClient().BaseAddress };
        var client = new GraphQLClient(http, BrandContentApp.AdminToken);

        var chunked = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnknownLengthContent(BodyOf(4 * 1024)) });
        AssertTooLarge(chunked, "The request body is larger than 1024 bytes.");
        AssertTooLarge(await client.PostRawAsync(BodyOf(1025)), "The request body is larger than 1024 bytes.");
        (await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnknownLengthContent(BodyOf(1024)) })).Ok();
    }

    private static async Task<(int Status, string Body)> PostWithoutLengthAsync(TestServer server, string json)
    {
        var context = await server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/graphql";
            http.Request.ContentType = "application/json";
            http.Request.Headers.Authorization = $"Bearer {BrandContentApp.AdminToken}";
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        });
        Assert.Null(context.Request.ContentLength);
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    /// <summary>Sent without Content-Length (chunked), as a streaming client would.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(string json)
        {
            bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
