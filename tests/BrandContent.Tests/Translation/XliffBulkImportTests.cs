using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Translation;

/// <summary>A file of 10,000 units goes in whole over HTTP, or not at all. (Its speed is bench/BrandContent.Bench.Xliff's business.)</summary>
public sealed class XliffBulkImportTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const int Units = 10_000;

    private readonly XliffFiles xliff = new(app);

    [Fact]
    public async Task Ten_thousand_units_are_all_written_and_a_copy_with_one_bad_unit_near_the_end_writes_nothing()
    {
        var content = LargeTranslation.Create($"bulk-{Guid.NewGuid():N}"[..20], Units);
        await using (var db = app.OpenDb())
        {
            db.Add(content.Brand);
            db.AddRange(content.Pillars);
            db.AddRange(content.Stories);
            await db.SaveChangesAsync();
        }

        var export = await xliff.ExportAsync("ja", content.Brand.Slug, "ALL");
        Assert.Equal(Units, export.GetProperty("unitCount").GetInt32());
        var translated = LargeTranslation.Translate(export.GetProperty("content").GetString()!);

        // The last story's slug breaks a rule only the editor checks, after every other translation was prepared.
        var lastSlug = XliffFiles.Parse(translated).Descendants(XliffFiles.Ns + "unit").Last(u => (string?)u.Attribute("name") == "slug");
        var badUnit = (string)lastSlug.Attribute("id")!;
        var slug = lastSlug.Descendants(XliffFiles.Ns + "target").Single().Value;
        var badLine = XliffFiles.LineOf(translated, badUnit);
        var bad = translated.Replace($">{slug}<", ">Không Hợp Lệ<", StringComparison.Ordinal);
        Assert.Equal(translated.Length + "Không Hợp Lệ".Length - slug.Length, bad.Length);
        Assert.True(badLine > translated.Split('\n').Length * 0.99, "the bad unit is near the end");
        var before = await CountsAsync(content);

        var problem = Assert.Single(XliffFiles.Problems(await xliff.ImportAsync(bad)));

        Assert.Equal(($"line {badLine}: unit {badUnit}", "SLUG_FORMAT"), (problem.Field, problem.Rule));
        Assert.Equal(before, await CountsAsync(content));
        Assert.Equal((0, 0, 0), before);

        var report = (await xliff.ImportAsync(translated)).Ok().GetProperty("importXliff");

        var entities = 1 + content.Pillars.Count + content.Stories.Count;
        Assert.Equal(entities, report.GetProperty("changed").GetArrayLength());
        Assert.All(report.GetProperty("changed").EnumerateArray(), c => Assert.Equal((1, "DRAFT"), (c.GetProperty("revision").GetInt32(), c.GetProperty("status").GetString())));
        Assert.Equal((entities, entities, entities), await CountsAsync(content));
        var last = Guid.Parse(badUnit.Split('.')[1]);
        var variant = await new Fixtures.Editing(app.GraphQL()).VariantAsync("STORY", last, "ja");
        Assert.Equal(slug, Fixtures.Editing.Field(variant, "slug"));
        Assert.Equal(1, variant.GetProperty("sourceRevision").GetInt32());
        Assert.False(variant.GetProperty("outdated").GetBoolean());
    }

    /// <summary>Japanese working variants, their history entries and import audit entries of the brand.</summary>
    private async Task<(int Variants, int History, int Audit)> CountsAsync(LargeTranslation content)
    {
        await using var db = app.OpenDb();
        var storyIds = content.Stories.Select(s => s.Id).ToList();
        var pillarIds = content.Pillars.Select(p => p.Id).ToList();
        var ids = storyIds.Concat(pillarIds).Append(content.Brand.Id).ToList();
        var variants = await db.StoryVariants.CountAsync(v => v.Locale == "ja" && !v.IsLive && storyIds.Contains(v.StoryId))
            + await db.PillarVariants.CountAsync(v => v.Locale == "ja" && !v.IsLive && pillarIds.Contains(v.PillarId))
            + await db.BrandVariants.CountAsync(v => v.Locale == "ja" && !v.IsLive && v.BrandId == content.Brand.Id);
        var history = await db.VariantRevisions.CountAsync(r => r.Locale == "ja" && ids.Contains(r.EntityId));
        var audit = await db.AuditEntries.CountAsync(a => a.Operation == "importXliff" && a.TargetId != null && ids.Contains(a.TargetId.Value));
        return (variants, history, audit);
    }
}
