using System.Collections.Concurrent;
using BrandContent.Brands;
using BrandContent.Changes;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.Extensions.Options;

namespace BrandContent.Api.Caching;

/// <summary>
/// How long an answer may be kept: until the first instant its content changes by itself (a publishAt, unpublishAt
/// or rights expiry among its brands', or for answers about all brands, anyone's), the next midnight UTC (key
/// messages are valid on "today" by default), and at most <see cref="DeliveryCacheOptions.MaxLifetime"/>. Each brand's
/// next instant is read once and kept until a change of that brand is heard.
/// </summary>
public sealed class AnswerLifetimes(IOptions<DeliveryCacheOptions> options, CacheGenerations generations)
{
    /// <summary>The entry for answers about all brands; any brand's change (which names <see cref="ChangeTags.Global"/>) forgets it.</summary>
    private const string AllBrands = ChangeTags.Global;
    private readonly ConcurrentDictionary<string, DateTimeOffset?> next = new(StringComparer.Ordinal);

    public async Task<TimeSpan> LifetimeAsync(BrandContentDb db, AnswerScope answer, DateTimeOffset now, long started, CancellationToken cancellationToken)
    {
        var until = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var lifetime = options.Value.MaxLifetime;
        IEnumerable<(string Tag, BrandSelection Brands)> sources = answer.Global
            ? [(AllBrands, BrandSelection.All)]
            : answer.Brands.Keys.Select(id => (ChangeTags.Brand(id), BrandSelection.Only(id)));
        foreach (var (tag, brands) in sources)
        {
            if (!next.TryGetValue(tag, out var instant))
            {
                instant = await db.NextDeliveryChangeAsync(brands, now, cancellationToken);
                if (generations.Unchanged(started, [tag]))
                {
                    next[tag] = instant;
                }
            }

            if (instant is { } change && change < until)
            {
                until = change;
            }
        }

        var left = until - now;
        return left < lifetime ? left : lifetime;
    }

    /// <summary>A change was heard: the brands it names (or all) must be read again.</summary>
    public void Forget(ChangeNotice notice)
    {
        if (notice.IsEverything)
        {
            next.Clear();
            return;
        }

        foreach (var tag in notice.Tags)
        {
            next.TryRemove(tag, out _);
        }
    }
}
