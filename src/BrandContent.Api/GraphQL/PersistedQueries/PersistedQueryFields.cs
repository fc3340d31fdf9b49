using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Api.GraphQL.Http;
using BrandContent.PersistedQueries;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.PersistedQueries;

public static class PersistedQueryFields
{
    public static void AddPersistedQueryQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersistedQueryType>>>>("persistedQueries")
            .Description("Every stored document, newest first.")
            .ResolveAsync(async ctx => await ctx.Delivery().Db.PersistedQueries
                .OrderByDescending(q => q.CreatedAt).ThenBy(q => q.Hash).ToListAsync(ctx.CancellationToken));

    public static void AddPersistedQueryMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<PersistedQueryType>>(AutomaticPersistedQueries.RegisterOperation)
            .Description("Stores and allowlists a document after checking it against the schema; clients then send its hash.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "The document text, exactly as clients will hash it.")
            .Resolve()
            .WithServices<GraphQLDocuments, PersistedQueryCache>()
            .ResolveAsync(async (ctx, documents, cache) =>
            {
                var query = ctx.GetArgument<string>("query");
                var problems = await documents.CheckForRegistrationAsync(query, ctx.Schema, ctx.RequestServices!, ctx.CancellationToken);
                if (problems.Count > 0)
                {
                    // A field fails with one error; the others go to the response's error list beside it.
                    foreach (var problem in problems.SkipLast(1))
                    {
                        problem.Path = ctx.Path;
                        ctx.Errors.Add(problem);
                    }

                    throw problems[^1];
                }

                var delivery = ctx.Delivery();
                var saved = await delivery.Db.SavePersistedQueryAsync(
                    query, allowlist: true, ctx.Edit(AutomaticPersistedQueries.RegisterOperation), delivery.Now, ctx.CancellationToken);
                cache.Remember(saved);
                return saved;
            });
}
