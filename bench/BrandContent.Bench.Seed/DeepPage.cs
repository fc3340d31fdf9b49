using BrandContent.Editing;
using BrandContent.Storage;
using BrandContent.Stories;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Bench.Seed;

/// <summary>
/// Q3's page: the 20 stories after the 10,000th of the newest-first list, reached by the cursor a client paging
/// through it would hold. With fewer stories, the last full page (so that Q3 always returns 20).
/// </summary>
public sealed record DeepPage(int Depth, string After, string FirstSlug)
{
    public const int WantedDepth = 10_000;
    public const int PageSize = 20;

    public static async Task<DeepPage?> FindAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        var brandId = await db.Brands.Where(b => b.Slug == BenchContent.BrandSlug).Select(b => b.Id).SingleAsync(cancellationToken);
        var count = await db.Stories.Unarchived().CountAsync(s => s.BrandId == brandId, cancellationToken);
        var depth = Math.Min(WantedDepth, count - PageSize);
        if (depth < 1)
        {
            return null;
        }

        var newestFirst = db.Stories.Unarchived().Where(s => s.BrandId == brandId).OrderByDescending(s => s.Date).ThenByDescending(s => s.Id);
        var last = await newestFirst.Skip(depth - 1).Select(s => new { s.Date, s.Id }).FirstAsync(cancellationToken);
        var next = await newestFirst.Skip(depth).Select(s => s.Id).FirstAsync(cancellationToken);
        var slug = await db.StoryVariants.Where(v => v.StoryId == next && v.IsLive && v.Locale == "ja").Select(v => v.Slug).SingleAsync(cancellationToken);
        return new DeepPage(depth, new StoryCursor(last.Date, last.Id).Encode(), slug);
    }
}
