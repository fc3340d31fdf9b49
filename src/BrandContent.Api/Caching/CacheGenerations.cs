using System.Collections.Concurrent;
using BrandContent.Changes;

namespace BrandContent.Api.Caching;

/// <summary>
/// Closes the race between a read and a change: a read notes the generation when it starts; a change heard meanwhile
/// bumps the generation of its tags; the read then keeps nothing under those tags, since it may have seen the old data.
/// </summary>
public sealed class CacheGenerations
{
    private readonly ConcurrentDictionary<string, long> bumped = new(StringComparer.Ordinal);
    private long current;
    private long everything;

    public long Current => Interlocked.Read(ref current);

    public void Bump(ChangeNotice notice)
    {
        var generation = Interlocked.Increment(ref current);
        if (notice.IsEverything)
        {
            Interlocked.Exchange(ref everything, generation);
            return;
        }

        foreach (var tag in notice.Tags)
        {
            bumped[tag] = generation;
        }
    }

    /// <summary>Whether nothing tagged with <paramref name="tags"/> changed since <paramref name="started"/>.</summary>
    public bool Unchanged(long started, IEnumerable<string> tags) =>
        Interlocked.Read(ref everything) <= started && tags.All(tag => !bumped.TryGetValue(tag, out var generation) || generation <= started);
}
