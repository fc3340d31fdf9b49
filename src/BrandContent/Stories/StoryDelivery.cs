using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Publishing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Stories;

/// <summary>Which stories to list and how to filter them, for one brand in one locale chain.</summary>
public sealed record StoryFilter(Guid BrandId, LocaleChain Chain, Guid? PillarId = null, string? Tag = null);

public sealed record StoryAlternate(Guid StoryId, string Locale, string Slug);

public sealed record StoryPage(IReadOnlyList<Localized<Story, StoryVariant>> Items, bool HasNextPage, int? TotalCount);

public static class StoryDelivery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// One page, newest first, of the stories that have deliverable content in the chain. Three statements
    /// whatever the page size: the page, the total (only when asked for), the variants.
    /// </summary>
    public static async Task<StoryPage> PageStoriesAsync(
        this BrandContentDb db, StoryFilter filter, int first, StoryCursor? after, DateTimeOffset now, CancellationToken cancellationToken, bool countTotal = true)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new BrandContentException(ErrorCode.PageSizeOutOfRange, first, 1, MaxPageSize);
        }

        var locales = filter.Chain.Locales.ToArray();
        var delivered = db.StoryVariants.Visible(filter.Chain, now)
            .Where(v => v.BrandId == filter.BrandId && locales.Contains(v.Locale))
            .Select(v => v.StoryId);
        var stories = db.Stories.Unarchived().Where(s => s.BrandId == filter.BrandId && delivered.Contains(s.Id));
        if (filter.PillarId is { } pillarId)
        {
            stories = stories.Where(s => s.Pillars.Any(p => p.PillarId == pillarId));
        }

        if (filter.Tag is { } tag)
        {
            stories = stories.Where(s => s.Tags.Contains(tag));
        }

        var total = countTotal ? await stories.CountAsync(cancellationToken) : (int?)null;
        var page = stories;
        if (after is not null)
        {
            page = page.Where(s => EF.Functions.LessThan(ValueTuple.Create(s.Date, s.Id), ValueTuple.Create(after.Date, after.Id)));
        }

        var rows = await page.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).Take(first + 1).ToListAsync(cancellationToken);
        var items = rows.Take(first).ToList();
        var ids = items.Select(s => s.Id).ToArray();
        var variants = await db.StoryVariants.Where(v => ids.Contains(v.StoryId)).PickVisibleAsync(filter.Chain, now, cancellationToken);
        return new StoryPage(items.Localize(s => s.Id, variants, filter.Chain), rows.Count > first, total);
    }

    /// <summary>
    /// The story whose slug, in any deliverable locale, is <paramref name="slug"/>, served in the chain; a slug
    /// in the chain's own locales wins over the same slug elsewhere.
    /// </summary>
    public static async Task<Localized<Story, StoryVariant>?> FindStoryBySlugAsync(
        this BrandContentDb db, Guid brandId, string slug, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var matches = await db.VariantsWithSlug(brandId, slug, chain, now).ToListAsync(cancellationToken);
        var match = chain.Pick(matches) ?? matches.FirstOrDefault();
        if (match is null)
        {
            return null;
        }

        var story = await db.Stories.Unarchived().FirstOrDefaultAsync(s => s.Id == match.StoryId, cancellationToken);
        if (story is null)
        {
            return null;
        }

        var variants = await db.StoryVariants.Where(v => v.StoryId == story.Id).PickVisibleAsync(chain, now, cancellationToken);
        return variants.TryGetValue(story.Id, out var variant) ? new(story, variant, chain) : null;
    }

    /// <summary>The visible story variants of a brand with this slug, in any locale (an index leads with brand and slug).</summary>
    public static IQueryable<StoryVariant> VariantsWithSlug(this BrandContentDb db, Guid brandId, string slug, LocaleChain chain, DateTimeOffset now) =>
        db.StoryVariants.Visible(chain, now).Where(v => v.BrandId == brandId && v.Slug == slug);

    /// <summary>Every deliverable locale of each story with its slug, for hreflang links and language switchers.</summary>
    public static async Task<ILookup<Guid, StoryAlternate>> StoryAlternatesAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> storyIds, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.StoryVariants.Visible(chain, now).Where(v => storyIds.Contains(v.StoryId))
            .OrderBy(v => v.Locale)
            .Select(v => new StoryAlternate(v.StoryId, v.Locale, v.Slug))
            .ToListAsync(cancellationToken);
        return rows.ToLookup(v => v.StoryId);
    }

    /// <summary>Stories by id that have deliverable content in the chain (a campaign's, a post's), in one statement each for stories and variants.</summary>
    public static async Task<Dictionary<Guid, Localized<Story, StoryVariant>>> StoriesByIdAsync(
        this BrandContentDb db, IReadOnlyCollection<Guid> ids, LocaleChain chain, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stories = await db.Stories.Unarchived().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var storyIds = stories.Select(s => s.Id).ToArray();
        var variants = await db.StoryVariants.Where(v => storyIds.Contains(v.StoryId)).PickVisibleAsync(chain, now, cancellationToken);
        return stories.Localize(s => s.Id, variants, chain).ToDictionary(s => s.Entity.Id);
    }
}
