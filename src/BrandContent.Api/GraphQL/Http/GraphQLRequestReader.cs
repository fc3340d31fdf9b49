using System.Text;
using System.Text.Json;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Transport;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request: query-string parameters for GET, a JSON body for POST. What cannot be read is
/// a status and an error saying why in the request's own terms (see <see cref="RequestJson"/>), never an exception.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, LocalizedErrors errors)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public (GraphQLRequest? Request, (int Status, ExecutionError Error)? Failure) ReadQueryString(HttpRequest request)
    {
        var (variables, variablesProblem) = Parameter(request, "variables");
        if (variablesProblem is not null)
        {
            return Refused(variablesProblem);
        }

        var (extensions, extensionsProblem) = Parameter(request, "extensions");
        if (extensionsProblem is not null)
        {
            return Refused(extensionsProblem);
        }

        return Checked(new GraphQLRequest
        {
            Query = request.Query["query"],
            OperationName = NullIfEmpty(request.Query["operationName"]),
            Variables = variables,
            Extensions = extensions,
        });
    }

    public async Task<(GraphQLRequest? Request, (int Status, ExecutionError Error)? Failure)> ReadBodyAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonBody(request.ContentType))
        {
            return (null, (StatusCodes.Status415UnsupportedMediaType, errors.Error(ErrorCode.UnsupportedMediaType, request.ContentType ?? "")));
        }

        // The body's size is limited upstream (RequestBodyLimit), so it can be held whole.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (body.Span.StartsWith(ByteOrderMark))
        {
            body = body[ByteOrderMark.Length..];
        }

        if (body.IsEmpty)
        {
            return Refused(new JsonProblem(InvalidJsonReason.Empty));
        }

        var (document, problem) = RequestJson.Parse(body, parameter: null);
        if (document is null)
        {
            return Refused(problem!);
        }

        using (document)
        {
            var (graphQLRequest, memberProblem) = FromBody(document.RootElement);
            return memberProblem is null ? Checked(graphQLRequest!) : Refused(memberProblem);
        }
    }

    private (GraphQLRequest? Request, JsonProblem? Problem) FromBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, new JsonProblem(InvalidJsonReason.BodyNotAnObject, RequestJson.KindOf(body)));
        }

        if (Text(body, "query", out var query) is { } queryProblem)
        {
            return (null, queryProblem);
        }

        if (Text(body, "operationName", out var operationName) is { } operationProblem)
        {
            return (null, operationProblem);
        }

        var (variables, variablesProblem) = body.TryGetProperty("variables", out var v) ? ReadInputs(v, "variables") : (null, null);
        if (variablesProblem is not null)
        {
            return (null, variablesProblem);
        }

        var (extensions, extensionsProblem) = body.TryGetProperty("extensions", out var x) ? ReadInputs(x, "extensions") : (null, null);
        return extensionsProblem is null
            ? (new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions }, null)
            : (null, extensionsProblem);
    }

    private static JsonProblem? Text(JsonElement body, string member, out string? value)
    {
        value = null;
        if (!body.TryGetProperty(member, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return new JsonProblem(InvalidJsonReason.StringExpected, member, RequestJson.KindOf(element));
        }

        value = element.GetString();
        return null;
    }

    private (Inputs? Inputs, JsonProblem? Problem) Parameter(HttpRequest request, string name)
    {
        if (NullIfEmpty(request.Query[name]) is not { } text)
        {
            return (null, null);
        }

        var (document, problem) = RequestJson.Parse(Encoding.UTF8.GetBytes(text), name);
        if (document is null)
        {
            return (null, problem);
        }

        using (document)
        {
            return ReadInputs(document.RootElement, name);
        }
    }

    /// <summary>Variables and extensions: a JSON object (or null), handed to GraphQL.NET's converter once it is known to be sound.</summary>
    private (Inputs? Inputs, JsonProblem? Problem) ReadInputs(JsonElement element, string member)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, new JsonProblem(InvalidJsonReason.ObjectExpected, member, RequestJson.KindOf(element)));
        }

        try
        {
            return (serializer.ReadNode<Inputs>(element), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or NotSupportedException or ArgumentException)
        {
            return (null, new JsonProblem(InvalidJsonReason.Unreadable, member));
        }
    }

    /// <summary>GraphQL's source text excludes NUL, yet the parser lets one through in a comment, and a persisted query holding one cannot be stored.</summary>
    private (GraphQLRequest? Request, (int Status, ExecutionError Error)? Failure) Checked(GraphQLRequest request) =>
        request.Query is { } query && !StorableText.IsStorable(query)
            ? (null, (StatusCodes.Status400BadRequest, errors.Error(ErrorCode.InvalidValue, "query")))
            : (request, null);

    private (GraphQLRequest? Request, (int Status, ExecutionError Error)? Failure) Refused(JsonProblem problem)
    {
        var key = problem.Reason is { } reason ? InvalidJsonReason.MessageKey(reason) : ErrorCode.InvalidJson;
        return (null, (StatusCodes.Status400BadRequest, new ExecutionError(errors.Message(key, problem.Arguments)) { Code = ErrorCode.InvalidJson }));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
