using GraphQL.Types.Relay.DataObjects;

namespace BrandContent.Api.GraphQL;

/// <summary>A page of items as a Relay connection: an edge per item with its cursor, and the page info those cursors give.</summary>
public static class Connections
{
    public static Connection<T> Of<T>(IEnumerable<T> items, Func<T, string> cursor, bool hasNextPage, bool hasPreviousPage, int? totalCount = null)
    {
        var edges = items.Select(item => new Edge<T> { Cursor = cursor(item), Node = item }).ToList();
        return new Connection<T>
        {
            TotalCount = totalCount,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = hasNextPage,
                HasPreviousPage = hasPreviousPage,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
