using System.Text;
using BrandContent.Api.Access;
using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.PersistedQueries;
using BrandContent.Api.Limits;
using BrandContent.Api.Telemetry;
using BrandContent.Changes;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP spec: POST with a JSON body, GET for queries, answers in
/// application/graphql-response+json or application/json. A request that cannot run (bad JSON, syntax, validation,
/// limits, no valid key) is a 4xx with a GraphQL error body; a request that ran is a 200, field errors included.
/// Published reads are answered from the response cache when they can be, with ETag/304 and Cache-Control.
/// The path of a request is described in docs/architecture.md.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    GraphQLDocuments documents,
    GraphQLRequestReader reader,
    LocalizedErrors errors,
    AutomaticPersistedQueries persistedQueries,
    DeliveryCache cache,
    PublishedAnswers answers,
    ChangeListener changes)
{
    public async Task HandleAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, GraphQLMediaTypes.GraphQLResponse, new(StatusCodes.Status405MethodNotAllowed,
                errors.Error(ErrorCode.MethodNotAllowed, http.Request.Method, "GET, POST")));
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, new(StatusCodes.Status406NotAcceptable, errors.Error(ErrorCode.NotAcceptable)));
            return;
        }

        try
        {
            await RunAsync(http, isGet, mediaType);
        }
        catch (RequestRefusedException refused)
        {
            await WriteErrorAsync(http, mediaType, refused.Refusal);
        }
    }

    private async Task RunAsync(HttpContext http, bool isGet, string mediaType)
    {
        var cancellationToken = http.RequestAborted;
        var caller = http.Caller();

        // The request as sent is the cache key (with who asks and how): a hit needs no parsing at all.
        using var sent = isGet ? RequestBytes.Of(Encoding.UTF8.GetBytes(http.Request.QueryString.Value ?? "")) : await reader.ReadBodyBytesAsync(http.Request, cancellationToken);
        var key = cache.KeyOf(caller, mediaType, sent.Memory.Span);
        if (key is not null && await cache.GetAsync(key, cancellationToken) is { } hit)
        {
            await answers.WriteAsync(http, mediaType, hit, caller);
            return;
        }

        var started = cache.Generation;
        var request = isGet ? reader.ReadQueryString(http.Request) : reader.ParseBody(sent.Memory);
        var db = http.RequestServices.GetRequiredService<BrandContentDb>();
        var persisted = await persistedQueries.ResolveAsync(request, mediaType, db, cancellationToken);
        if (ImportBodyAllowance.SpentOnText(http, request.Query) is { } spentOnText)
        {
            throw TooLarge(spentOnText);
        }

        var document = documents.Parse(request.Query);
        var operation = RequestedOperation.Find(document, request.OperationName);
        if (ImportBodyAllowance.SpentOnOtherOperation(http, operation) is { } spentOnOperation)
        {
            throw TooLarge(spentOnOperation);
        }

        // Over GET only queries may run: a mutation must not be triggered by a link or a prefetch.
        if (isGet && operation is { Operation: not OperationType.Query })
        {
            http.Response.Headers.Allow = "POST";
            throw new RequestRefusal(StatusCodes.Status405MethodNotAllowed, errors.Error(ErrorCode.MethodNotAllowed, "GET", "POST")).AsException();
        }

        if (caller.Kind == CallerKind.Rejected || (caller.Kind == CallerKind.Unidentified && !OnlyIntrospects(operation)))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            throw new RequestRefusal(StatusCodes.Status401Unauthorized, errors.Error(caller.Refusal ?? ErrorCode.Unauthenticated)).AsException();
        }

        if (!await persistedQueries.MayRunAsync(caller, request.Query!, persisted, db, cancellationToken))
        {
            throw RequestRefusal.BadRequest(errors.Error(ErrorCode.PersistedQueryRequired, caller.Role.ToConstantCase())).AsException();
        }

        var state = new GraphQLRequestState();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            UserContext = state,
            CancellationToken = cancellationToken,
            UnhandledExceptionDelegate = errors.HandleAsync,
        });
        if (!result.Executed && result.Errors is { } refused)
        {
            result.Errors = [.. refused.Select(documents.Localize)];
        }

        // Stored once it has run, so only valid documents are; not for callers without a key who only introspect.
        if (result.Executed && persisted is not null && caller.IsIdentified)
        {
            await persistedQueries.RegisterAsync(persisted, request.Query!, caller, db, cancellationToken);
        }

        // This server's own write is seen by its next read at once; the others hear it from PostgreSQL at commit.
        await changes.ApplyCommittedAsync(db, cancellationToken);

        if (result.Executed && operation is { Operation: OperationType.Query })
        {
            var stored = key is not null && PublishedAnswers.IsPublishedRead(operation, state.Answer, result) ? key : null;
            var delivery = http.RequestServices.GetRequiredService<DeliveryContext>();
            await answers.WriteAsync(http, mediaType, result, state.Answer, caller, stored, started, delivery);
            return;
        }

        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = HttpCaching.NoStore;
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

    /// <summary>A body over the small limit that only an import may send, as if that limit had applied.</summary>
    private RequestRefusedException TooLarge(ImportBodyAllowance allowance) =>
        new RequestRefusal(StatusCodes.Status413PayloadTooLarge, errors.Error(ErrorCode.RequestTooLarge, allowance.MaxBytes)).AsException();

    /// <summary>Without a key, the schema may still be read: GraphiQL loads it before a key is set.</summary>
    private static bool OnlyIntrospects(GraphQLOperationDefinition? operation) =>
        operation is not null
        && operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: "__schema" or "__type" or "__typename" });

    private static Task WriteErrorAsync(HttpContext http, string mediaType, RequestRefusal refusal) =>
        GraphQLErrorResponse.WriteAsync(http, mediaType, refusal.Status, refusal.Error);
}
