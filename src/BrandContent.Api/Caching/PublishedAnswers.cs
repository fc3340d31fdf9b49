using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Api.Telemetry;
using BrandContent.Storage;
using GraphQL;
using GraphQLParser.AST;

namespace BrandContent.Api.Caching;

/// <summary>
/// Writes a query's answer the way caches understand it: serialized once, with its ETag (304 when the client has it),
/// Cache-Control and Vary; a published read is also kept in the response cache, for as long as nothing in it changes
/// by itself (<see cref="AnswerLifetimes"/>).
/// </summary>
public sealed class PublishedAnswers(
    IGraphQLTextSerializer serializer, DeliveryCache cache, AnswerLifetimes lifetimes, BrandFamilies families, HttpCaching headers)
{
    /// <summary>
    /// A published read may be kept: a query of delivery fields only (those a public or partner key may use), that read
    /// no working copies and answered without a single error.
    /// </summary>
    public static bool IsPublishedRead(GraphQLOperationDefinition operation, AnswerScope answer, ExecutionResult result) =>
        result.Errors is not { Count: > 0 }
        && !answer.Preview
        && !answer.Counted
        && operation.SelectionSet.Selections.All(s => s is GraphQLField field && IsDeliveryField(field.Name.StringValue));

    private static bool IsDeliveryField(string name) =>
        name == "__typename" || AccessPolicy.For("Query", name)?.Permission is Permission.Deliver or Permission.ReadMessaging;

    /// <summary>An answer from the cache.</summary>
    public async Task WriteAsync(HttpContext http, string mediaType, CachedAnswer answer, Caller caller)
    {
        http.RequestServices.GetRequiredService<GraphQLRequestTelemetry>().OperationName = answer.OperationName;
        await WriteAsync(http, mediaType, answer, cacheable: true, caller);
    }

    /// <summary>An answer just computed; kept under <paramref name="key"/> when that is given (a published read).</summary>
    public async Task WriteAsync(
        HttpContext http, string mediaType, ExecutionResult result, AnswerScope scope, Caller caller, string? key, long started, DeliveryContext delivery)
    {
        var cancellationToken = http.RequestAborted;
        var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var operation = http.RequestServices.GetRequiredService<GraphQLRequestTelemetry>().OperationName;
        var etag = HttpCaching.ETagOf(body.Span);
        var answer = new CachedAnswer(etag, operation, "", body);
        if (key is not null)
        {
            try
            {
                // An answer about a brand also holds what it embeds of the brands above and below it.
                var family = await families.OfAsync(delivery.Db, scope.Brands.Keys, cancellationToken);
                // A new record, not `with`: the copy would keep the Cache-Tag list made from the old keys.
                answer = new CachedAnswer(etag, operation, HttpCaching.SurrogateKeysOf(family.Select(b => b.Slug).Where(slug => slug.Length > 0), scope.Global), body);
                var lifetime = await lifetimes.LifetimeAsync(delivery.Db, scope, family.Select(b => b.Id), delivery.Now, started, cancellationToken);
                await cache.StoreAsync(key, answer, scope, lifetime, started, cancellationToken);
            }
            catch (Exception e) when (DatabaseFailure.IsUnavailable(e))
            {
                // The answer is good (a retry got it); its lifetime could not be read, so it is not kept.
                key = null;
            }
        }

        await WriteAsync(http, mediaType, answer, cacheable: key is not null, caller);
    }

    private async Task WriteAsync(HttpContext http, string mediaType, CachedAnswer answer, bool cacheable, Caller caller)
    {
        if (headers.WriteHeaders(http, answer, cacheable, caller.SharedCacheMayKeep))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = GraphQLMediaTypes.WithCharset(mediaType);
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }
}
