using BrandContent.Brands;
using BrandContent.Changes;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.Caching;

/// <summary>
/// Which brands an answer about some brands depends on: theirs and their families' (<see cref="BrandFamily"/>), for the
/// instants its content changes by itself and for the Surrogate-Key a CDN purges by. The brand tree is read once and
/// read again after a change that may have moved it (every brand change names <see cref="ChangeTags.Global"/>).
/// </summary>
public sealed class BrandFamilies : IChangeSubscriber
{
    private readonly Lock gate = new();
    private Tree? tree;
    private long version;

    /// <summary>The brands and their families, with their slugs (empty for a brand not found).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Slug)>> OfAsync(BrandContentDb db, IEnumerable<Guid> brandIds, CancellationToken cancellationToken)
    {
        var known = await TreeAsync(db, reload: false, cancellationToken);
        if (brandIds.Any(id => !known.Parents.ContainsKey(id)))
        {
            // A brand written without an announcement (by hand, or by a seed): the tree is older than it.
            known = await TreeAsync(db, reload: true, cancellationToken);
        }

        return brandIds.SelectMany<Guid, Guid>(id => known.Parents.ContainsKey(id) ? BrandFamily.Of(known.Parents, id) : [id])
            .Distinct()
            .Select(id => (id, known.Slugs.GetValueOrDefault(id, "")))
            .ToList();
    }

    public ValueTask OnChangedAsync(ChangeNotice notice, CancellationToken cancellationToken)
    {
        if (notice.IsEverything || notice.Tags.Contains(ChangeTags.Global))
        {
            lock (gate)
            {
                tree = null;
                version++;
            }
        }

        return ValueTask.CompletedTask;
    }

    private async Task<Tree> TreeAsync(BrandContentDb db, bool reload, CancellationToken cancellationToken)
    {
        long read;
        lock (gate)
        {
            if (tree is { } kept && !reload)
            {
                return kept;
            }

            read = version;
        }

        var brands = await db.Brands.AsNoTracking().Select(b => new { b.Id, b.Slug, b.ParentId }).ToListAsync(cancellationToken);
        var loaded = new Tree(brands.ToDictionary(b => b.Id, b => b.ParentId), brands.ToDictionary(b => b.Id, b => b.Slug));
        lock (gate)
        {
            // A change heard while reading may have moved a brand: use what was read once, keep it only if none was.
            if (version == read)
            {
                tree = loaded;
            }
        }

        return loaded;
    }

    private sealed record Tree(IReadOnlyDictionary<Guid, Guid?> Parents, IReadOnlyDictionary<Guid, string> Slugs);
}
