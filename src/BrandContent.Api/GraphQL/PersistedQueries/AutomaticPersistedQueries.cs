using System.Buffers;
using BrandContent.Access;
using BrandContent.Api.Access;
using BrandContent.Api.GraphQL.Errors;
using BrandContent.Api.GraphQL.Http;
using BrandContent.Auditing;
using BrandContent.PersistedQueries;
using BrandContent.Storage;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.GraphQL.PersistedQueries;

/// <summary>The persisted document a request names in <c>extensions.persistedQuery</c>; <see cref="SentText"/>: it came with its text.</summary>
public sealed record PersistedDocument(string Hash, bool SentText);

/// <summary>
/// Apollo's automatic persisted queries: a hash alone runs the stored text, a text sent with its hash is checked and
/// stored once it has run. In allowlist mode public and partner callers run only documents that those allowed to call
/// <c>registerPersistedQuery</c> registered. A <c>documentId</c> (the GraphQL-over-HTTP draft's persisted documents,
/// <c>sha256:&lt;hash&gt;</c>) names an allowlisted document only: it is never stored by sending it.
/// </summary>
public sealed class AutomaticPersistedQueries(PersistedQueryCache cache, LocalizedErrors errors, IOptions<PersistedQueryOptions> options, TimeProvider clock)
{
    public const string Extension = "persistedQuery";
    public const string RegisterOperation = "registerPersistedQuery";

    /// <summary>The prefix of a document id: the only kind of id there is, a SHA-256 of the text.</summary>
    public const string DocumentIdPrefix = "sha256:";

    /// <summary>The message of the BAD_REQUEST for a document id sent with a query or a persisted query hash.</summary>
    public const string DocumentIdWithQueryMessage = ErrorCode.BadRequest + "_DOCUMENT_ID_WITH_QUERY";

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>
    /// Before parsing: the document of <c>extensions.persistedQuery</c> (null without one). A hash alone puts the stored
    /// text into <paramref name="request"/>; an unknown one is a 200 for application/json clients, which Apollo clients
    /// need to see the code and send the text. What cannot be resolved is a <see cref="RequestRefusal"/>.
    /// </summary>
    public async Task<PersistedDocument?> ResolveAsync(GraphQLRequest request, string mediaType, BrandContentDb db, CancellationToken cancellationToken)
    {
        if (request.DocumentId is not null)
        {
            return await ResolveDocumentIdAsync(request, db, cancellationToken);
        }

        if (request.Extensions is null || !request.Extensions.TryGetValue(Extension, out var extension))
        {
            return null;
        }

        if (extension is not IReadOnlyDictionary<string, object?> fields
            || !fields.TryGetValue("version", out var version) || version is not (1 or 1L)
            || !fields.TryGetValue("sha256Hash", out var value) || value is not string { Length: PersistedQuery.HashLength } hash
            || !hash.All(char.IsAsciiHexDigit))
        {
            throw RequestRefusal.BadRequest(
                errors.Error(ErrorCode.BadRequest, $"extensions.{Extension} must be {{ \"version\": 1, \"sha256Hash\": \"<SHA-256 in hex>\" }}")).AsException();
        }

        hash = hash.ToLowerInvariant();
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            return PersistedQuery.HashOf(request.Query) == hash
                ? new PersistedDocument(hash, SentText: true)
                : throw RequestRefusal.BadRequest(errors.Error(ErrorCode.PersistedQueryHashMismatch, hash)).AsException();
        }

        if (await cache.FindAsync(db, hash, needAllowlisted: false, cancellationToken) is not { } stored)
        {
            var status = mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            throw new RequestRefusal(status, errors.Error(ErrorCode.PersistedQueryNotFound, hash)).AsException();
        }

        request.Query = stored.Query;
        return new PersistedDocument(hash, SentText: false);
    }

    /// <summary>A document id puts an allowlisted document's text into <paramref name="request"/>; anything else is refused.</summary>
    private async Task<PersistedDocument> ResolveDocumentIdAsync(GraphQLRequest request, BrandContentDb db, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(request.Query) || request.Extensions?.ContainsKey(Extension) == true)
        {
            throw RequestRefusal.BadRequest(
                new ExecutionError(errors.Message(DocumentIdWithQueryMessage)) { Code = ErrorCode.BadRequest }).AsException();
        }

        var id = request.DocumentId!;
        if (!id.StartsWith(DocumentIdPrefix, StringComparison.Ordinal)
            || id.Length != DocumentIdPrefix.Length + PersistedQuery.HashLength
            || id.AsSpan(DocumentIdPrefix.Length).ContainsAnyExcept(HexDigits))
        {
            throw RequestRefusal.BadRequest(errors.Error(ErrorCode.DocumentIdInvalid)).AsException();
        }

        var hash = id[DocumentIdPrefix.Length..].ToLowerInvariant();
        if (await cache.FindAsync(db, hash, needAllowlisted: true, cancellationToken) is not { Allowlisted: true } stored)
        {
            throw new RequestRefusal(StatusCodes.Status404NotFound, errors.Error(ErrorCode.PersistedDocumentNotFound, DocumentIdPrefix + hash)).AsException();
        }

        request.Query = stored.Query;
        return new PersistedDocument(hash, SentText: false);
    }

    /// <summary>Whether the caller may run this text; false only in allowlist mode, for public and partner callers.</summary>
    public async Task<bool> MayRunAsync(Caller caller, string query, PersistedDocument? document, BrandContentDb db, CancellationToken cancellationToken)
    {
        if (!options.Value.AllowlistOnly || caller.Role is not (Role.Public or Role.Partner))
        {
            return true;
        }

        var stored = await cache.FindAsync(db, document?.Hash ?? PersistedQuery.HashOf(query), needAllowlisted: true, cancellationToken);
        return stored is { Allowlisted: true };
    }

    /// <summary>After the document ran (so it is valid): stores a text sent with its hash, allowlisted when an editor or administrator sent it.</summary>
    public async Task RegisterAsync(PersistedDocument document, string query, Caller caller, BrandContentDb db, CancellationToken cancellationToken)
    {
        if (!document.SentText)
        {
            return;
        }

        var allowlist = MayAllowlist(caller);
        var stored = await cache.FindAsync(db, document.Hash, needAllowlisted: allowlist, cancellationToken);
        if (stored is not null && (stored.Allowlisted || !allowlist))
        {
            return;
        }

        var saved = await db.SavePersistedQueryAsync(query, allowlist, new EditContext(caller.Name, RegisterOperation), clock.GetUtcNow(), cancellationToken);
        cache.Remember(saved);
    }

    /// <summary>Whoever may call registerPersistedQuery allowlists what it registers automatically as well.</summary>
    private static bool MayAllowlist(Caller caller) =>
        AccessPolicy.For("Mutation", RegisterOperation) is { } rule && caller.Can(rule.Permission);
}
