using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BrandContent.Search;

/// <summary>A hit as delivered: the localized object (a <c>Localized&lt;TEntity, TVariant&gt;</c>), its HTML snippet and its place.</summary>
public sealed record SearchHit(ContentKind Kind, object Node, string Locale, string Snippet, float Score, SearchCursor Cursor);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool HasNextPage);

public static class SearchDelivery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// One page of hits, best first. One statement finds and ranks them (after one that bounds the index's work, in the
    /// same read-only transaction); then two per kind on the page load the objects as every other delivery read does,
    /// so the statement count does not grow with the page.
    /// </summary>
    public static async Task<SearchPage> SearchAsync(this BrandContentDb db, SearchRequest request, SearchOptions options, CancellationToken cancellationToken)
    {
        if (request.First is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, request.First, 1, MaxPageSize);
        }

        List<SearchMatch> matches;
        await using (var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null)
        {
            var (sql, parameters) = await SearchStatement.PrepareAsync((NpgsqlConnection)db.Database.GetDbConnection(), request, options, cancellationToken);
            matches = await db.Database.SqlQueryRaw<SearchMatch>(sql, parameters).ToListAsync(cancellationToken);
        }

        var page = matches.Take(request.First).Select(m => (Match: m, Kind: Enum.Parse<ContentKind>(m.Kind))).ToList();
        var nodes = await db.LoadAsync(page.GroupBy(m => m.Kind, m => m.Match.Id), request.Chain, request.Now, cancellationToken);

        var hits = new List<SearchHit>(page.Count);
        foreach (var (match, kind) in page)
        {
            // An object that stopped being delivered between the two statements is left out.
            if (nodes.TryGetValue((kind, match.Id), out var node))
            {
                var cursor = new SearchCursor(match.Score, kind, match.Id, request.Text.Fingerprint);
                var snippet = SearchSnippet.Of(match.Headline, request.Text, SearchableKinds.Of(kind)!.Texts(node.Variant));
                hits.Add(new SearchHit(kind, node.Localized, match.Locale, snippet, match.Score, cursor));
            }
        }

        return new SearchPage(hits, matches.Count > request.First);
    }

    private static async Task<Dictionary<(ContentKind, Guid), (object Localized, Variant Variant)>> LoadAsync(
        this BrandContentDb db, IEnumerable<IGrouping<ContentKind, Guid>> idsByKind, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<(ContentKind, Guid), (object, Variant)>();
        foreach (var ids in idsByKind)
        {
            foreach (var (id, node, variant) in await SearchableKinds.Of(ids.Key)!.Load(db, ids.ToList(), chain, now, cancellationToken))
            {
                nodes[(ids.Key, id)] = (node, variant);
            }
        }

        return nodes;
    }
}
