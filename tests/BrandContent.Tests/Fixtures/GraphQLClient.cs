using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BrandContent.Tests.Fixtures;

/// <summary>Sends GraphQL requests the way a client does and gives back what it would see.</summary>
public sealed class GraphQLClient(HttpClient http, string? token)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public HttpClient Http => http;

    public Task<GraphQLResponse> QueryAsync(string query, object? variables = null, string? acceptLanguage = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) }, acceptLanguage);

    public Task<GraphQLResponse> PostRawAsync(string body, string contentType = "application/json", string accept = GraphQLResponse) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) }, accept: accept);

    public Task<GraphQLResponse> GetAsync(string query, string accept = GraphQLResponse) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}"), accept: accept);

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string? acceptLanguage = null, string accept = GraphQLResponse)
    {
        request.Headers.Accept.ParseAdd(accept);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType, headers, JsonDocument.Parse(text).RootElement.Clone());
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, MediaTypeHeaderValue? ContentType, IReadOnlyDictionary<string, string> Headers, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public IReadOnlyList<string?> ErrorCodes =>
        Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList();

    /// <summary>The data of a request that must have succeeded; fails with the errors otherwise.</summary>
    public JsonElement Ok()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"Expected success, got {(int)Status}: {Body}");
        return Data;
    }
}
