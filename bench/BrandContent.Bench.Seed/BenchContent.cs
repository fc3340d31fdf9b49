using System.Text;
using BrandContent.Assets;
using BrandContent.Brands;
using BrandContent.Localization;
using BrandContent.Pillars;
using BrandContent.Publishing;
using BrandContent.Storage;
using BrandContent.Stories;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Bench.Seed;

/// <summary>
/// The peer benchmark's content shape (../shared/peers/strapi-app/src/index.js): 6 locales, 6 pillars, by default
/// 300 stories, every text published in every locale, title 60 characters, summary 200, body 2,000, one pillar per
/// story. Each story also has its own hero asset with a title and alt text in every locale (Q1/Q2 do not ask for it;
/// it is there so that the tables are as large as the content). The story count is the one size that varies.
/// </summary>
public static class BenchContent
{
    public const string BrandSlug = "bench";
    public const int PillarCount = 6;
    public const int DefaultStoryCount = 300;

    public static readonly string[] Locales = ["vi", "en", "ja", "ko", "zh-Hans", "fr"];

    private static readonly DateOnly FirstDay = new(2025, 1, 1);

    /// <summary>story-000 … story-299, story-1000 and on: the slugs the peers' seeds use, and the benchmark's queries name.</summary>
    public static string Slug(int i) => $"story-{i:000}";

    /// <summary>Adds the brand and its content; false when the brand already exists.</summary>
    /// <param name="db">The database.</param>
    /// <param name="storyCount">How many stories.</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    /// <param name="searchTexts">Texts in each locale's script (bench/search.sh) instead of the peers' lorem ipsum.</param>
    public static async Task<bool> SeedAsync(BrandContentDb db, int storyCount, CancellationToken cancellationToken, bool searchTexts = false)
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
        await db.SaveChangesAsync(cancellationToken);

        // The rest goes by COPY, in one transaction; ids are made first so that every table can refer to them.
        var storyIds = Enumerable.Range(0, storyCount).Select(_ => Guid.CreateVersion7()).ToArray();
        var assetIds = Enumerable.Range(0, storyCount).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CopyAsync(Enumerable.Range(0, storyCount).Select(i => HeroAsset(brand, assetIds[i], i)), cancellationToken);
        await db.CopyAsync(Enumerable.Range(0, storyCount).SelectMany(i => HeroAssetVariants(assetIds[i], i)), cancellationToken);
        await db.CopyAsync(Enumerable.Range(0, storyCount).Select(i => Story(brand, storyIds[i], assetIds[i], i)), cancellationToken);
        await db.CopyAsync(
            Enumerable.Range(0, storyCount).Select(i => new StoryPillar { StoryId = storyIds[i], PillarId = pillars[i % PillarCount].Id, Position = 0 }),
            cancellationToken);
        await db.CopyAsync(Enumerable.Range(0, storyCount).SelectMany(i => StoryVariants(brand, storyIds[i], i, searchTexts)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // Distinct dates keep the newest-first order stable: the last story is the newest.
    private static Story Story(Brand brand, Guid id, Guid heroAssetId, int i) =>
        new() { Id = id, BrandId = brand.Id, Date = FirstDay.AddDays(i), HeroAssetId = heroAssetId };

    private static IEnumerable<StoryVariant> StoryVariants(Brand brand, Guid storyId, int i, bool searchTexts)
    {
        var slug = Slug(i);
        return Locales.SelectMany(l =>
        {
            var (title, summary, body) = searchTexts
                ? SearchTexts.For(l, i)
                : (Text($"{slug} {l} title", 60), Text($"{slug} {l} summary", 200), Text($"{slug} {l} body", 2000));
            return Published(l, new StoryVariant { StoryId = storyId, BrandId = brand.Id, Slug = slug, Title = title, Summary = summary, Body = body });
        });
    }

    private static Asset HeroAsset(Brand brand, Guid id, int i) => new()
    {
        Id = id,
        BrandId = brand.Id,
        Kind = AssetKind.Image,
        Url = $"https://media.bench.test/{Slug(i)}.jpg",
        MimeType = "image/jpeg",
        Width = 1600,
        Height = 900,
        Credit = "Bench",
    };

    private static IEnumerable<AssetVariant> HeroAssetVariants(Guid assetId, int i) =>
        Locales.SelectMany(l => Published(l, new AssetVariant
        {
            AssetId = assetId,
            Title = $"{Slug(i)} {l} photo",
            AltText = Text($"{Slug(i)} {l} alt", 80),
        }));

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
        var text = new StringBuilder(length + 64);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(seed).Append('-').Append(i).Append(" lorem ipsum dolor sit amet ");
        }

        return text.ToString(0, length);
    }
}
