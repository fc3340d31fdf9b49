using BrandContent.Editing;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Stories;

/// <summary>A brand a sitemap lists: public (unarchived, identity text delivered), with this many story URLs.</summary>
public sealed record SitemapBrand(Guid Id, string Slug, string SourceLocale, int Urls, DateTimeOffset LastModified);

/// <summary>One story in one locale as a sitemap lists it; <see cref="LastModified"/> is when its live revision went live or was last changed.</summary>
public sealed record SitemapStory(Guid StoryId, string Locale, string Slug, DateTimeOffset LastModified);

/// <summary>
/// What a sitemap lists: exactly what delivery serves publicly now (live, published, inside its publish window, of a
/// story and brand that are not archived), never working copies.
/// </summary>
public static class StorySitemap
{
    /// <summary>The public brands with at least one delivered story, by slug: two statements.</summary>
    public static async Task<List<SitemapBrand>> SitemapBrandsAsync(this BrandContentDb db, string? slug, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var identities = db.BrandVariants.Visible(preview: false, now).Select(v => v.BrandId);
        var query = db.Brands.Unarchived().Where(b => identities.Contains(b.Id));
        if (slug is not null)
        {
            query = query.Where(b => b.Slug == slug);
        }

        var brands = await query.OrderBy(b => b.Slug).Select(b => new { b.Id, b.Slug, b.SourceLocale }).ToListAsync(cancellationToken);
        var ids = brands.Select(b => b.Id).ToArray();
        var counts = await db.DeliveredStoryVariants(ids, now)
            .GroupBy(v => v.BrandId)
            .Select(g => new { g.Key, Urls = g.Count(), Updated = g.Max(v => v.UpdatedAt), Published = g.Max(v => v.PublishAt) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        return [.. brands
            .Where(b => counts.ContainsKey(b.Id))
            .Select(b => new SitemapBrand(b.Id, b.Slug, b.SourceLocale, counts[b.Id].Urls, Later(counts[b.Id].Updated, counts[b.Id].Published)))];
    }

    /// <summary>One page of a brand's story URLs, ordered by story then locale, so that a story's locales stay together.</summary>
    public static async Task<List<SitemapStory>> SitemapPageAsync(
        this BrandContentDb db, Guid brandId, int skip, int take, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.DeliveredStoryVariants([brandId], now)
            .OrderBy(v => v.StoryId).ThenBy(v => v.Locale)
            .Skip(skip).Take(take)
            .Select(v => new { v.StoryId, v.Locale, v.Slug, v.UpdatedAt, v.PublishAt })
            .ToListAsync(cancellationToken);
        return Entries(rows.Select(r => (r.StoryId, r.Locale, r.Slug, r.UpdatedAt, r.PublishAt)));
    }

    /// <summary>Every delivered locale of the given stories (their hreflang alternates), also those on another page.</summary>
    public static async Task<ILookup<Guid, SitemapStory>> SitemapAlternatesAsync(
        this BrandContentDb db, Guid brandId, IReadOnlyCollection<Guid> storyIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = storyIds.ToArray();
        var rows = await db.DeliveredStoryVariants([brandId], now)
            .Where(v => ids.Contains(v.StoryId))
            .OrderBy(v => v.StoryId).ThenBy(v => v.Locale)
            .Select(v => new { v.StoryId, v.Locale, v.Slug, v.UpdatedAt, v.PublishAt })
            .ToListAsync(cancellationToken);
        return Entries(rows.Select(r => (r.StoryId, r.Locale, r.Slug, r.UpdatedAt, r.PublishAt))).ToLookup(e => e.StoryId);
    }

    private static IQueryable<StoryVariant> DeliveredStoryVariants(this BrandContentDb db, Guid[] brandIds, DateTimeOffset now)
    {
        var stories = db.Stories.Unarchived().Where(s => brandIds.Contains(s.BrandId)).Select(s => s.Id);
        return db.StoryVariants.Visible(preview: false, now).Where(v => brandIds.Contains(v.BrandId) && stories.Contains(v.StoryId));
    }

    private static List<SitemapStory> Entries(IEnumerable<(Guid StoryId, string Locale, string Slug, DateTimeOffset UpdatedAt, DateTimeOffset? PublishAt)> rows) =>
        [.. rows.Select(r => new SitemapStory(r.StoryId, r.Locale, r.Slug, Later(r.UpdatedAt, r.PublishAt)))];

    // The live row keeps the working row's last edit; publishing (or a scheduled publishAt) is when it went live.
    private static DateTimeOffset Later(DateTimeOffset updated, DateTimeOffset? published) => published > updated ? published.Value : updated;
}
