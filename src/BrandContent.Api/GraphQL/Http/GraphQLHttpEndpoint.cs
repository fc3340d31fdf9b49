using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.PersistedQueries;
using BrandContent.Api.Limits;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Authentication;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP spec: POST with a JSON body, GET for queries, answers in
/// application/graphql-response+json or application/json. A request that cannot run (bad JSON, syntax, validation,
/// limits) is a 4xx with a GraphQL error body; a request that ran is a 200, field errors included.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    GraphQLDocumentCache documents,
    GraphQLRequestReader reader,
    LocalizedErrors errors,
    AutomaticPersistedQueries persistedQueries,
    IConfiguration configuration)
{
    /// <summary>The role of callers without a key; none (the default) means a key is required, except for introspection.</summary>
    private readonly Role? anonymousRole = configuration.GetValue<Role?>("BrandContent:Auth:AnonymousRole");

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, GraphQLMediaTypes.GraphQLResponse, StatusCodes.Status405MethodNotAllowed,
                errors.Error(ErrorCode.MethodNotAllowed, http.Request.Method, "GET, POST"));
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, errors.Error(ErrorCode.NotAcceptable));
            return;
        }

        var (request, failure) = isGet ? reader.ReadQueryString(http.Request) : await reader.ReadBodyAsync(http.Request, cancellationToken);
        if (failure is not null)
        {
            await WriteErrorAsync(http, mediaType, failure.Value.Status, failure.Value.Error);
            return;
        }

        var db = http.RequestServices.GetRequiredService<BrandContentDb>();
        var (persisted, refusal) = await persistedQueries.ResolveAsync(request!, mediaType, db, cancellationToken);
        if (refusal is not null)
        {
            await WriteErrorAsync(http, mediaType, refusal.Value.Status, refusal.Value.Error);
            return;
        }

        if (string.IsNullOrWhiteSpace(request!.Query))
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, errors.Error(ErrorCode.MissingQuery));
            return;
        }

        if (ImportBodyAllowance.RefusesQueryText(http, request.Query) is { } textLimit)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status413PayloadTooLarge, errors.Error(ErrorCode.RequestTooLarge, textLimit));
            return;
        }

        GraphQLDocument document;
        try
        {
            document = documents.Parse(request.Query);
        }
        catch (DocumentLimitException limit)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, errors.Error(ErrorCode.QueryTooLarge, limit.MaxTokens));
            return;
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, errors.Wrap(new SyntaxError(syntax)));
            return;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, errors.Error(ErrorCode.QueryTooLarge, "depth"));
            return;
        }

        if (ImportBodyAllowance.RefusesOperation(http, document, request.OperationName) is { } bodyLimit)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status413PayloadTooLarge, errors.Error(ErrorCode.RequestTooLarge, bodyLimit));
            return;
        }

        // Over GET only queries may run: a mutation must not be triggered by a link or a prefetch.
        if (isGet && SelectOperation(document, request.OperationName) is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, errors.Error(ErrorCode.MethodNotAllowed, "GET", "POST"));
            return;
        }

        var caller = await AuthenticateAsync(http, document, request.OperationName);
        if (caller is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status401Unauthorized, errors.Error(ErrorCode.Unauthenticated));
            return;
        }

        if (!await persistedQueries.MayRunAsync(caller, request.Query, persisted, db, cancellationToken))
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, errors.Error(ErrorCode.PersistedQueryRequired, caller.Role.ToString().ToUpperInvariant()));
            return;
        }

        http.RequestServices.GetRequiredService<CallerContext>().Caller = caller;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = errors.HandleAsync,
        });
        LocalizeRequestErrors(result);

        // Stored once it has run, so only valid documents are; not for callers without a key who only introspect.
        if (result.Executed && persisted is not null && (anonymousRole is not null || ApiKeyAuthentication.Token(http.Request) is not null))
        {
            await persistedQueries.RegisterAsync(persisted, request.Query, caller, db, cancellationToken);
        }

        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

    /// <summary>
    /// The caller behind the request's key; without a key, the configured anonymous role, or (by default) nobody,
    /// except that anyone may introspect the schema (GraphiQL needs it). A key that is sent but not valid is refused.
    /// </summary>
    private async Task<Caller?> AuthenticateAsync(HttpContext http, GraphQLDocument document, string? operationName)
    {
        var result = await http.AuthenticateAsync(ApiKeyAuthentication.SchemeName);
        if (result.Succeeded)
        {
            return Caller.From(result.Principal);
        }

        if (result.Failure is not null)
        {
            return null;
        }

        if (anonymousRole is { } role)
        {
            return Caller.Anonymous(role);
        }

        return SelectOperation(document, operationName) is { } operation
            && operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: "__schema" or "__type" or "__typename" })
            ? Caller.Anonymous(Role.Public)
            : null;
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.StringValue == operationName);
    }

    /// <summary>
    /// The analyzer's own errors become QUERY_TOO_COMPLEX; GraphQL.NET's validation errors keep their code and text
    /// (field and type names) inside a sentence in the caller's language.
    /// </summary>
    private void LocalizeRequestErrors(ExecutionResult result)
    {
        if (result.Errors is not { } list || !list.Any(e => e is ComplexityError or DocumentError))
        {
            return;
        }

        var localized = new ExecutionErrors();
        foreach (var error in list)
        {
            localized.Add(error switch
            {
                ComplexityError => errors.Error(ErrorCode.QueryTooComplex, error.Message),
                DocumentError => errors.Wrap(error),
                _ => error,
            });
        }

        result.Errors = localized;
    }

    private static Task WriteErrorAsync(HttpContext http, string mediaType, int status, ExecutionError error) =>
        GraphQLErrorResponse.WriteAsync(http, mediaType, status, error);
}
