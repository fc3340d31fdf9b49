using System.Data;
using BrandContent.Brands;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Sync;

/// <summary>What a client asked for: the brand, its selection and audience, its token (none: start over) and the page size.</summary>
public sealed record SyncRequest(Brand Brand, SyncSelection Selection, SyncAudience Audience, string? Token, int First);

/// <summary>One entry of a page: an object to store under (kind, id[, locale]), or, without a node, one to delete.</summary>
public sealed record SyncEntry(ContentKind Kind, Guid Id, string? Locale, object? Node);

public sealed record SyncPage(IReadOnlyList<SyncEntry> Upserts, IReadOnlyList<SyncEntry> Tombstones, string NextToken, bool HasMore);

/// <summary>
/// Delta sync (docs/architecture.md, "Delta sync"). Without a token: every live object page by page, from a horizon
/// taken at the first page. With a delta token: the entities the log names for transactions in [from, to), each read
/// as it is now in every chain of the selection, an upsert where it is served and a tombstone where it is not. Each
/// page reads a kind in two statements whatever its size.
/// </summary>
public sealed class ContentSync(BrandContentDb db, SyncTokenKey keys)
{
    public const int MaxPageSize = 100;

    public async Task<SyncPage> PageAsync(SyncRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.First is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, request.First, 1, MaxPageSize);
        }

        var key = await keys.GetAsync(db, cancellationToken);
        var selection = request.Selection.Fingerprint + (request.Audience.KeyMessages ? "|messages" : "")
            + (request.Audience.ReachedAudiences is { Count: > 0 } reached ? "|audiences:" + string.Join(',', reached.Order()) : "");
        var position = request.Token is { } token ? SyncToken.Read(token, request.Brand.Id, selection, key) : null;

        // One snapshot for the horizon, the compaction mark and the log: a compaction commits all or nothing of both.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var state = await db.SyncLogStateAsync(cancellationToken);
        if (position is not null && position.From < state.CompactedBelow)
        {
            throw new BrandContentException(ErrorCode.SyncTokenExpired);
        }

        var chains = request.Selection.ChainsFor(request.Brand.SourceLocale);
        var (entries, next, hasMore) = position is null or { Phase: SyncPhase.Initial }
            ? await InitialAsync(request, chains, position ?? new SyncPosition(SyncPhase.Initial, state.Horizon, 0, 0, null), now, cancellationToken)
            : await DeltaAsync(request, chains, position.To == 0 ? position with { To = Math.Max(state.Horizon, position.From) } : position, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SyncPage(
            [.. entries.Where(e => e.Node is not null)],
            [.. entries.Where(e => e.Node is null)],
            SyncToken.Write(next, request.Brand.Id, selection, key),
            hasMore);
    }

    private async Task<(List<SyncEntry>, SyncPosition, bool)> InitialAsync(
        SyncRequest request, IReadOnlyList<SyncChain> chains, SyncPosition position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var locales = chains.SelectMany(c => c.Chain.Locales).Distinct().ToArray();
        var entries = new List<SyncEntry>();
        var remaining = request.First;
        for (var index = Math.Max(position.KindIndex, 0); index < SyncedKinds.All.Count; index++)
        {
            var kind = SyncedKinds.All[index];
            if (!kind.For(request.Audience))
            {
                continue;
            }

            // With the page full, one row tells whether a later kind still has something (so hasMore is never a guess).
            var after = index == position.KindIndex ? position.After : null;
            var rows = await kind.Descriptor.DeliveredPageAsync(db, request.Brand.Id, locales, after, remaining + 1, now, cancellationToken);
            if (remaining == 0)
            {
                if (rows.Count > 0)
                {
                    return (entries, new SyncPosition(SyncPhase.Initial, position.From, 0, index, null), true);
                }

                continue;
            }

            var taken = rows.Take(remaining).ToList();
            entries.AddRange(taken.SelectMany(row => Entries(kind, row, chains, request.Audience, now).Where(e => e.Node is not null)));
            remaining -= taken.Count;
            if (rows.Count > taken.Count)
            {
                return (entries, new SyncPosition(SyncPhase.Initial, position.From, 0, index, taken[^1].Entity.Id), true);
            }
        }

        return (entries, SyncPosition.DeltaFrom(position.From), false);
    }

    private async Task<(List<SyncEntry>, SyncPosition, bool)> DeltaAsync(
        SyncRequest request, IReadOnlyList<SyncChain> chains, SyncPosition position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.ResetSinceAsync(request.Brand.Id, request.Selection.Market, position.From, position.To, cancellationToken))
        {
            throw new BrandContentException(ErrorCode.SyncTokenExpired);
        }

        var included = SyncedKinds.All.Where(k => k.For(request.Audience)).Select(k => k.Kind.ToString()).ToArray();
        var changed = await db.ChangedEntitiesAsync(request.Brand.Id, included, position, request.First + 1, cancellationToken);
        var page = changed.Take(request.First).ToList();
        var locales = chains.SelectMany(c => c.Chain.Locales).Distinct().ToArray();
        var entries = new List<SyncEntry>();
        foreach (var group in page.GroupBy(c => c.KindIndex))
        {
            var kind = SyncedKinds.All[group.Key];
            var found = (await kind.Descriptor.DeliveredByIdAsync(db, [.. group.Select(c => c.Id)], locales, now, cancellationToken))
                .ToDictionary(d => d.Entity.Id);
            foreach (var change in group)
            {
                entries.AddRange(found.TryGetValue(change.Id, out var row)
                    ? Entries(kind, row, chains, request.Audience, now)
                    : chains.Select(c => new SyncEntry(kind.Kind, change.Id, c.Key, null)));
            }
        }

        return changed.Count > request.First
            ? (entries, position with { KindIndex = page[^1].KindIndex, After = page[^1].Id }, true)
            : (entries, SyncPosition.DeltaFrom(position.To), false);
    }

    /// <summary>The entity in each chain: delivered (an upsert) or not (a tombstone).</summary>
    private static IEnumerable<SyncEntry> Entries(SyncedKind kind, DeliveredEntity row, IReadOnlyList<SyncChain> chains, SyncAudience audience, DateTimeOffset now)
    {
        var serves = kind.Serves(row.Entity, audience, now);
        foreach (var (key, chain) in chains)
        {
            var variant = serves ? chain.Pick(row.Variants) : null;
            yield return new SyncEntry(kind.Kind, row.Entity.Id, key, variant is null ? null : kind.Descriptor.Localize(row.Entity, variant, chain));
        }
    }
}
