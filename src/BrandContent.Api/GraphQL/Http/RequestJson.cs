using System.Runtime.InteropServices;
using System.Text.Json;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>A reason (<see cref="InvalidJsonReason"/>, or null for a syntax error in the body) and the values its message names.</summary>
public sealed record JsonProblem(string? Reason, params object?[] Arguments);

/// <summary>
/// A request's JSON (the body, or the <c>variables</c> / <c>extensions</c> parameter of a GET), read strictly before
/// GraphQL.NET's converters see it: they throw on a key given twice in variables (and keep the last one at the top),
/// on escapes that are not Unicode text and on deep nesting, with .NET's own words. Here each is a
/// <see cref="JsonProblem"/> saying where, as a JSON path from <c>$</c> (the body) or from the parameter's name.
/// </summary>
public static class RequestJson
{
    /// <summary>System.Text.Json's default, the depth GraphQL.NET's converters read with.</summary>
    public const int MaxDepth = 64;

    /// <summary>The document, or null and the problem; <paramref name="parameter"/> is null for the body.</summary>
    public static (JsonDocument? Document, JsonProblem? Problem) Parse(ReadOnlyMemory<byte> json, string? parameter)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            return (null, NestsTooDeep(json.Span) ? new JsonProblem(InvalidJsonReason.TooDeep, MaxDepth) : Syntax(e, parameter));
        }

        var path = new List<object>();
        if (Check(document.RootElement, path, parameter ?? "$") is { } problem)
        {
            document.Dispose();
            return (null, problem);
        }

        return (document, null);
    }

    /// <summary>The value's JSON type as the request's JSON names it: object, array, string, number, true, false, null.</summary>
    public static string KindOf(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();

    private static JsonProblem Syntax(JsonException e, string? parameter)
    {
        var (line, position) = ((e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1);
        return parameter is null ? new JsonProblem(null, line, position) : new JsonProblem(InvalidJsonReason.ParameterSyntax, parameter, line, position);
    }

    /// <summary>Whether nesting passes <see cref="MaxDepth"/> before the JSON breaks (if it does): that is what went wrong first.</summary>
    private static bool NestsTooDeep(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    /// <summary>Duplicate keys and non-text strings, depth first; the depth is bounded by <see cref="MaxDepth"/>.</summary>
    private static JsonProblem? Check(JsonElement element, List<object> path, string root)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? seen = null;
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return new JsonProblem(InvalidJsonReason.NotText, PathOf(path, root));
                    }

                    if (!(seen ??= new(StringComparer.Ordinal)).Add(name))
                    {
                        return new JsonProblem(InvalidJsonReason.DuplicateKey, name, PathOf(path, root));
                    }

                    path.Add(name);
                    var problem = Check(property.Value, path, root);
                    path.RemoveAt(path.Count - 1);
                    if (problem is not null)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    path.Add(index++);
                    var problem = Check(item, path, root);
                    path.RemoveAt(path.Count - 1);
                    if (problem is not null)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.String when !IsText(element):
                return new JsonProblem(InvalidJsonReason.NotText, PathOf(path, root));
            default:
                return null;
        }
    }

    /// <summary>Raw UTF-8 is validated by the parser; only a \u escape can stand for half of a surrogate pair.</summary>
    private static bool IsText(JsonElement element)
    {
        if (JsonMarshal.GetRawUtf8Value(element).IndexOf("\\u"u8) < 0)
        {
            return true;
        }

        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string PathOf(List<object> path, string root) =>
        root + string.Concat(path.Select(p => p is int index ? $"[{index}]" : $".{p}"));
}
