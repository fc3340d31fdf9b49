using BrandContent.PersistedQueries;
using GraphQL.Types;

namespace BrandContent.Api.GraphQL.PersistedQueries;

public sealed class PersistedQueryType : ObjectGraphType<PersistedQuery>
{
    public PersistedQueryType()
    {
        Name = "PersistedQuery";
        Description = "A document clients run by its hash: extensions.persistedQuery = { version: 1, sha256Hash } instead of the query text.";
        Field(q => q.Hash).Description("SHA-256 of the UTF-8 query text, lowercase hex.");
        Field<NonNullGraphType<StringGraphType>>("documentId")
            .Description("The id that runs it as a persisted document (documentId in the request, GET or POST) once allowlisted: sha256:<hash>.")
            .Resolve(ctx => AutomaticPersistedQueries.DocumentIdPrefix + ctx.Source.Hash);
        Field(q => q.Query);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field(q => q.CreatedBy).Description("The key that stored it first.");
        Field(q => q.Allowlisted).Description("Registered by an editor or administrator: public and partner keys may run it in allowlist mode.");
    }
}
