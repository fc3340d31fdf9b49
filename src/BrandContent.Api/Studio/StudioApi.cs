using System.Text.Json;
using System.Text.Json.Serialization;
using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Changes;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Types;

namespace BrandContent.Api.Studio;

/// <summary>
/// The studio's only way to the data: a GraphQL document run in process through the executor, validation rules
/// (access policy, complexity), field middleware and error messages of <c>/graphql</c>, as the signed-in key, in the
/// page's language. Pages hold no rule of their own; what the API refuses, the page shows.
/// The API's allowlist of documents for public and partner keys is not consulted: these documents are the studio's
/// own, fixed in its code, not text a caller sent.
/// </summary>
public sealed class StudioApi(
    IServiceProvider requestServices,
    CallerContext callerContext,
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    GraphQLDocuments documents,
    LocalizedErrors errors,
    ChangeListener changes)
{
    /// <summary>CONSTANT_CASE enums as the schema writes them; camelCase fields.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public async Task<StudioResult<T>> ExecuteAsync<T>(string document, object? variables, CancellationToken cancellationToken)
    {
        var caller = callerContext.Caller;
        if (caller.Kind is not (CallerKind.ApiKey or CallerKind.Anonymous))
        {
            return Failed<T>(errors.Error(ErrorCode.Unauthenticated));
        }

        GraphQLParser.AST.GraphQLDocument parsed;
        try
        {
            parsed = documents.Parse(document);
        }
        catch (RequestRefusedException refused)
        {
            return Failed<T>(refused.Refusal.Error);
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = document,
            Document = parsed,
            Variables = variables is null ? Inputs.Empty : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables, Json)),
            RequestServices = requestServices,
            UserContext = new GraphQLRequestState(),
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = errors.HandleAsync,
        });
        if (!result.Executed && result.Errors is { } refusedErrors)
        {
            result.Errors = [.. refusedErrors.Select(documents.Localize)];
        }

        // As /graphql: this server's own write is seen by its next read (the next page) at once.
        await changes.ApplyCommittedAsync(requestServices.GetRequiredService<BrandContentDb>(), cancellationToken);
        return Read<T>(serializer.Serialize(result));
    }

    private StudioResult<T> Failed<T>(ExecutionError error) =>
        Read<T>(serializer.Serialize(new ExecutionResult { Errors = [error], Executed = false }));

    /// <summary>Read from the serialized answer, so the page sees exactly what an API client would.</summary>
    private static StudioResult<T> Read<T>(string answer)
    {
        using var json = JsonDocument.Parse(answer);
        var root = json.RootElement;
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Deserialize<T>(Json) : default;
        var found = new List<StudioError>();
        if (root.TryGetProperty("errors", out var list))
        {
            foreach (var error in list.EnumerateArray())
            {
                found.Add(ReadError(error));
            }
        }

        return new StudioResult<T>(data, found);
    }

    private static StudioError ReadError(JsonElement error)
    {
        var code = "";
        var problems = new List<StudioFieldProblem>();
        if (error.TryGetProperty("extensions", out var extensions))
        {
            code = extensions.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            if (extensions.TryGetProperty("data", out var data) && data.TryGetProperty("problems", out var listed) && listed.ValueKind == JsonValueKind.Array)
            {
                problems.AddRange(listed.EnumerateArray().Select(p => new StudioFieldProblem(
                    Text(p, "field"), Text(p, "rule"), Text(p, "message"))));
            }
        }

        var path = error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(segment => segment.ToString()).ToList()
            : [];
        return new StudioError(code, Text(error, "message"), path, problems);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ToString() : "";
}
