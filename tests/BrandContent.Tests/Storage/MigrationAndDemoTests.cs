using BrandContent.Demo;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Storage;

public sealed class MigrationAndDemoTests
{
    [Fact]
    public async Task Migrations_build_the_schema_on_an_empty_database()
    {
        await using var db = TestPostgres.OpenDb(await TestPostgres.CreateEmptyDatabaseAsync());
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Stories.CountAsync());
        Assert.Equal(0, await db.Brands.CountAsync());
    }

    [Fact]
    public async Task Demo_content_loaded_twice_has_no_duplicates()
    {
        await using var db = TestPostgres.OpenDb(await TestPostgres.CreateEmptyDatabaseAsync());
        await db.Database.MigrateAsync();

        var first = await DemoContent.LoadAsync(db, CancellationToken.None);
        var counts = await CountsAsync(db);
        var second = await DemoContent.LoadAsync(db, CancellationToken.None);

        Assert.Equal(7, first);
        Assert.Equal(0, second);
        Assert.Equal(counts, await CountsAsync(db));
        Assert.True(counts.Stories >= 30, $"{counts.Stories} stories");
    }

    [Fact]
    public async Task Demo_content_has_the_fallback_and_draft_cases_it_promises()
    {
        await using var db = TestPostgres.OpenDb(await TestPostgres.CreateDatabaseAsync());
        foreach (var slug in new[] { "gia-lai", "dong-nai", "lam-dong", "hai-phong" })
        {
            var brand = await db.Brands.SingleAsync(b => b.Slug == slug);
            var stories = await db.Stories.Where(s => s.BrandId == brand.Id).Include(s => s.Variants).ToListAsync();
            Assert.True(stories.Count >= 5, slug);
            Assert.True(await db.KeyMessages.CountAsync(m => m.BrandId == brand.Id) >= 3, slug);
            Assert.Contains(stories, s => s.Variants.Any(v => v.Locale == "en") && s.Variants.All(v => v.Locale != "ko"));
            Assert.Contains(stories, s => s.Variants.Any(v => v.Locale is "ko" or "ja" && v.Status != BrandContent.Publishing.WorkflowStatus.Published));
            Assert.Contains(await db.GlossaryTerms.Where(t => t.BrandId == brand.Id).ToListAsync(), t => t.DoNotTranslate && t.Term == "OCOP");
        }
    }

    private static async Task<(int Brands, int Stories, int StoryVariants, int Pillars, int Messages, int Markets, int Locales)> CountsAsync(BrandContent.Storage.BrandContentDb db) =>
        (await db.Brands.CountAsync(), await db.Stories.CountAsync(), await db.StoryVariants.CountAsync(), await db.Pillars.CountAsync(),
            await db.KeyMessages.CountAsync(), await db.Markets.CountAsync(), await db.Locales.CountAsync());
}
