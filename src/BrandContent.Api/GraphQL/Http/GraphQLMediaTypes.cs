using Microsoft.Net.Http.Headers;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>Content negotiation as the GraphQL-over-HTTP spec describes it.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

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
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
