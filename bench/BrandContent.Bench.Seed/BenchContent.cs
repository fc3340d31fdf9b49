using System.Text;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Pillars;
using BrandContent.Publishing;
using BrandContent.Storage;
using BrandContent.Stories;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Bench.Seed;

/// <summary>
/// The peer benchmark's content shape (../shared/peers/strapi-app/src/index.js): 6 locales, 6 pillars, 300 stories,
/// every text published in every locale, title 60 characters, summary 200, body 2,000, one pillar per story.
/// </summary>
public static class BenchContent
{
    public const string BrandSlug = "bench";
    public const int PillarCount = 6;
    public const int StoryCount = 300;

    public static readonly string[] Locales = ["vi", "en", "ja", "ko", "zh-Hans", "fr"];

    /// <summary>Adds the brand and its content; false when the brand already exists.</summary>
    public static async Task<bool> SeedAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        if (await db.Brands.AnyAsync(b => b.Slug == BrandSlug, cancellationToken))
        {
            return false;
        }

        await AddMissingLocalesAsync(db, cancellationToken);
        var brand = new Brand
        {
            Slug = BrandSlug,
            Level = BrandLevel.Province,
            SourceLocale = "vi",
            Variants = [.. Locales.SelectMany(l => Published(l, new BrandVariant { Name = $"Bench {l}" }))],
        };
        db.Brands.Add(brand);

        var pillars = Enumerable.Range(0, PillarCount).Select(p => new Pillar
        {
            BrandId = brand.Id,
            Key = $"p{p}",
            Position = p + 1,
            Variants = [.. Locales.SelectMany(l => Published(l, new PillarVariant { Name = $"pillar {p} {l}" }))],
        }).ToList();
        db.Pillars.AddRange(pillars);

        // Distinct dates keep the newest-first order stable: story-299 is the newest.
        var firstDay = new DateOnly(2025, 1, 1);
        for (var i = 0; i < StoryCount; i++)
        {
            var slug = $"story-{i:000}";
            var story = new Story { BrandId = brand.Id, Date = firstDay.AddDays(i) };
            story.Pillars = [new StoryPillar { StoryId = story.Id, PillarId = pillars[i % PillarCount].Id, Position = 0 }];
            story.Variants = [.. Locales.SelectMany(l => Published(l, new StoryVariant
            {
                StoryId = story.Id,
                BrandId = brand.Id,
                Slug = slug,
                Title = Text($"{slug} {l} title", 60),
                Summary = Text($"{slug} {l} summary", 200),
                Body = Text($"{slug} {l} body", 2000),
            }))];
            db.Stories.Add(story);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static async Task AddMissingLocalesAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        var existing = (await db.Locales.Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet();
        db.Locales.AddRange(Locales.Where(l => !existing.Contains(l)).Select(l => new Locale { Tag = l, Name = l, NativeName = l }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The working variant and its live copy, as publishing leaves them.</summary>
    private static IEnumerable<TVariant> Published<TVariant>(string locale, TVariant variant)
        where TVariant : Variant
    {
        variant.Locale = locale;
        variant.Status = WorkflowStatus.Published;
        variant.SourceRevision = locale == "vi" ? null : 1;
        return [variant, variant.ToLive<TVariant>()];
    }

    /// <summary>The same filler text as the Strapi seed: "{seed}-{i} lorem ipsum dolor sit amet " cut to length.</summary>
    private static string Text(string seed, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(seed).Append('-').Append(i).Append(" lorem ipsum dolor sit amet ");
        }

        return text.ToString(0, length);
    }
}
