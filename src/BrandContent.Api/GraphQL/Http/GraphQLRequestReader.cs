using System.Text;
using System.Text.Json;
using BrandContent.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: query-string parameters for GET, a JSON body for POST. What cannot be read is
/// a refusal (400 INVALID_JSON, 415) saying why in the request's own terms (see <see cref="RequestJson"/>).
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, LocalizedErrors errors)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public GraphQLRequest ReadQueryString(HttpRequest request) => new()
    {
        Query = request.Query["query"],
        OperationName = NullIfEmpty(request.Query["operationName"]),
        DocumentId = NullIfEmpty(request.Query["documentId"]),
        Variables = Parameter(request, "variables"),
        Extensions = Parameter(request, "extensions"),
    };

    /// <summary>
    /// The body's bytes as sent (without a byte order mark): what the request is, and what its cache key is made of. In
    /// a pooled buffer: dispose of them once the request is parsed.
    /// </summary>
    public async ValueTask<RequestBytes> ReadBodyBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonBody(request.ContentType))
        {
            throw new RequestRefusal(StatusCodes.Status415UnsupportedMediaType, errors.Error(ErrorCode.UnsupportedMediaType, request.ContentType ?? "")).AsException();
        }

        var body = await RequestBytes.ReadAsync(request.Body, request.ContentLength, cancellationToken);
        if (body.Memory.Span.StartsWith(ByteOrderMark))
        {
            body = body.Skip(ByteOrderMark.Length);
        }

        if (body.Memory.IsEmpty)
        {
            body.Dispose();
            throw Refused(new JsonProblem(InvalidJsonReason.Empty));
        }

        return body;
    }

    public GraphQLRequest ParseBody(ReadOnlyMemory<byte> body)
    {
        using var document = Parse(body, parameter: null);
        return FromBody(document.RootElement);
    }

    private GraphQLRequest FromBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Refused(new JsonProblem(InvalidJsonReason.BodyNotAnObject, RequestJson.KindOf(body)));
        }

        return new GraphQLRequest
        {
            Query = Text(body, "query"),
            OperationName = Text(body, "operationName"),
            DocumentId = Text(body, "documentId"),
            Variables = body.TryGetProperty("variables", out var variables) ? ReadInputs(variables, "variables") : null,
            Extensions = body.TryGetProperty("extensions", out var extensions) ? ReadInputs(extensions, "extensions") : null,
        };
    }

    private string? Text(JsonElement body, string member)
    {
        if (!body.TryGetProperty(member, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : throw Refused(new JsonProblem(InvalidJsonReason.StringExpected, member, RequestJson.KindOf(element)));
    }

    private Inputs? Parameter(HttpRequest request, string name)
    {
        if (NullIfEmpty(request.Query[name]) is not { } text)
        {
            return null;
        }

        using var document = Parse(Encoding.UTF8.GetBytes(text), name);
        return ReadInputs(document.RootElement, name);
    }

    private JsonDocument Parse(ReadOnlyMemory<byte> json, string? parameter)
    {
        var (document, problem) = RequestJson.Parse(json, parameter);
        return document ?? throw Refused(problem!);
    }

    /// <summary>Variables and extensions: a JSON object (or null), handed to GraphQL.NET's converter once it is known to be sound.</summary>
    private Inputs? ReadInputs(JsonElement element, string member)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Refused(new JsonProblem(InvalidJsonReason.ObjectExpected, member, RequestJson.KindOf(element)));
        }

        try
        {
            return serializer.ReadNode<Inputs>(element);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or NotSupportedException or ArgumentException)
        {
            throw Refused(new JsonProblem(InvalidJsonReason.Unreadable, member));
        }
    }

    private RequestRefusedException Refused(JsonProblem problem)
    {
        var key = problem.Reason is { } reason ? InvalidJsonReason.MessageKey(reason) : ErrorCode.InvalidJson;
        return RequestRefusal.BadRequest(new ExecutionError(errors.Message(key, problem.Arguments)) { Code = ErrorCode.InvalidJson }).AsException();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
