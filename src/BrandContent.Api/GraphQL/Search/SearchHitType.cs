using BrandContent.Api.GraphQL.Content;
using BrandContent.Api.GraphQL.Editing;
using BrandContent.Search;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace BrandContent.Api.GraphQL.Search;

/// <summary>A hit is the edge of the search connection: its cursor, what was found (<c>node</c>) and how it matched.</summary>
public sealed class SearchHitType : ObjectGraphType<Edge<SearchHit>>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "One object found by a search, served in the locale chain of the request.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` for the hits after this one.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<ContentKindType>>("kind").Resolve(ctx => ctx.Source.Node!.Kind);
        Field<NonNullGraphType<DeliveredContentType>>("node")
            .Description("The object as its own root query serves it (`locale` and `isFallback` on it say where its text comes from).")
            .Resolve(ctx => ctx.Source.Node!.Node);
        Field<NonNullGraphType<StringGraphType>>("locale")
            .Description("The locale the text matched in: always the locale the node is served in (a hit matches the variant the chain serves).")
            .Resolve(ctx => ctx.Source.Node!.Locale);
        Field<NonNullGraphType<StringGraphType>>("snippet")
            .Description("HTML: the matching passage with matches in `<mark>…</mark>` and every other character of the text escaped.")
            .Resolve(ctx => ctx.Source.Node!.Snippet);
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Relevance; higher is better. Comparable within one search only.")
            .Resolve(ctx => (double)ctx.Source.Node!.Score);
    }
}

/// <summary>The hits of a search, best first, as a Relay connection (no total: counting every match is what ranking a capped set avoids).</summary>
public sealed class SearchConnectionType : ObjectGraphType<Connection<SearchHit>>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
    }
}
