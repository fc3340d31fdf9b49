using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>Content negotiation as the GraphQL-over-HTTP spec describes it.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type of an answer in <paramref name="mediaType"/>, one string each rather than one per answer.</summary>
    public static string WithCharset(string mediaType) => mediaType switch
    {
        GraphQLResponse => GraphQLResponseUtf8,
        Json => JsonUtf8,
        _ => $"{mediaType}; charset=utf-8",
    };

    private const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";
    private const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>
    /// <see cref="Negotiate(IList{MediaTypeHeaderValue})"/> of a request; an absent Accept header, or one that names
    /// one of the two types exactly, is answered without parsing it.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        switch (accept.Count)
        {
            case 0:
                return Json;
            case 1 when accept[0] == "*/*" || string.Equals(accept[0], GraphQLResponse, StringComparison.OrdinalIgnoreCase):
                return GraphQLResponse;
            case 1 when string.Equals(accept[0], Json, StringComparison.OrdinalIgnoreCase):
                return Json;
            default:
                return Negotiate(request.GetTypedHeaders().Accept);
        }
    }

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. No Accept header means a legacy
    /// client: application/json, as the spec advises.
    /// </summary>
    public static string? Negotiate(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return Json;
        }

        foreach (var candidate in accept.Where(a => a.Quality is null or > 0).OrderByDescending(a => a.Quality ?? 1))
        {
            var type = candidate.MediaType.Value?.ToLowerInvariant();
            switch (type)
            {
                case GraphQLResponse or "*/*" or "application/*":
                    return GraphQLResponse;
                case Json:
                    return Json;
            }
        }

        return null;
    }

    public static bool IsJsonBody(string? contentType) =>
        string.Equals(contentType, Json, StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, JsonUtf8, StringComparison.OrdinalIgnoreCase)
        || (MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)));
}
