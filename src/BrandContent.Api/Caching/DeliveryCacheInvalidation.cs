using BrandContent.Changes;

namespace BrandContent.Api.Caching;

/// <summary>
/// A change heard (from any server, or this one's own write): the reads in flight keep nothing they may have read
/// stale, the answers tagged with what changed are evicted, and the lifetimes computed for those brands are forgotten.
/// </summary>
public sealed class DeliveryCacheInvalidation(DeliveryCache cache, CacheGenerations generations, AnswerLifetimes lifetimes) : IChangeSubscriber
{
    public async ValueTask OnChangedAsync(ChangeNotice notice, CancellationToken cancellationToken)
    {
        generations.Bump(notice);
        lifetimes.Forget(notice);
        foreach (var tag in notice.Tags.Where(t => !ChangeTags.IsKey(t, out _)))
        {
            await cache.EvictAsync(tag, cancellationToken);
        }
    }
}
