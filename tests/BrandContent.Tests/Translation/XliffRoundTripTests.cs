using System.Xml.Linq;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Translation;

public sealed class XliffRoundTripTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly XNamespace Ns = XliffFiles.Ns;

    private const string JapaneseBody = "# 中部高原のゴング\n\n*華やかな*夜祭り & <酒壺>。\n\n## 日程\n\n- 一日目 < 二日目\n- \"引用\" と '単'\n\n    インデントされた行  \n";

    private readonly XliffFiles xliff = new(app);
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    private static Dictionary<string, string> JapaneseTargets(TranslatableBrand content) => new()
    {
        [content.Unit("BRAND", "name")] = "ザライ省",
        [content.Unit("BRAND", "slogan")] = "「緑の高原」へようこそ",
        [content.Unit("PILLAR", "name")] = "海岸 & 山 <ja>",
        [content.Unit("STORY", "title")] = "ザライのゴング祭り",
        [content.Unit("STORY", "slug")] = "gia-lai-gong-matsuri",
        [content.Unit("STORY", "summary")] = "炉端と酒壺の夜祭り & 「乾杯」",
        [content.Unit("STORY", "body")] = JapaneseBody,
        [content.Unit("STORY", "seoKeywords")] = "ゴング\nザライ",
    };

    [Fact]
    public async Task Export_groups_each_entity_with_its_source_revision_and_notes_for_the_translator()
    {
        var content = await xliff.TranslatableBrandAsync();
        foreach (var (term, doNotTranslate, translations) in new[] { ("Gia Lai", true, Array.Empty<object>()), ("cồng chiêng", false, [new { locale = "ja", text = "ゴング" }]) })
        {
            (await app.GraphQL().QueryAsync(
                "mutation($b: String!, $t: String!, $d: Boolean, $tr: [TermTranslationInput!]) { upsertGlossaryTerm(brand: $b, term: $t, doNotTranslate: $d, translations: $tr) { term } }",
                new { b = content.Brand.Slug, t = term, d = doNotTranslate, tr = translations })).Ok();
        }

        var export = await xliff.ExportAsync("ja", content.Brand.Slug);
        var document = XliffFiles.Parse(export.GetProperty("content").GetString()!);

        Assert.Equal($"{content.Brand.Slug}.vi-ja.xlf", export.GetProperty("fileName").GetString());
        var root = document.Root!;
        Assert.Equal(Ns + "xliff", root.Name);
        Assert.Equal(("2.0", "vi", "ja"), ((string?)root.Attribute("version"), (string?)root.Attribute("srcLang"), (string?)root.Attribute("trgLang")));
        var file = Assert.Single(root.Elements(Ns + "file"));
        Assert.Equal(content.Brand.Slug, (string?)file.Attribute("id"));
        Assert.Equal(
            [content.Group("BRAND"), content.Group("PILLAR"), content.Group("STORY")],
            file.Elements(Ns + "group").Select(g => (string?)g.Attribute("id")));

        var story = file.Elements(Ns + "group").Single(g => (string?)g.Attribute("id") == content.Group("STORY"));
        Assert.Equal("1", Note(story, "sourceRevision"));
        Assert.Equal(TranslatableBrand.Title, Note(story, "label"));
        var units = story.Elements(Ns + "unit").ToList();
        Assert.Equal(["title", "slug", "summary", "body", "seoKeywords"], units.Select(u => (string?)u.Attribute("name")));
        Assert.Equal(new[] { "title", "slug", "summary", "body", "seoKeywords" }.Select(f => content.Unit("STORY", f)), units.Select(u => (string?)u.Attribute("id")));
        Assert.Equal(export.GetProperty("unitCount").GetInt32(), root.Descendants(Ns + "unit").Count());

        var title = units[0];
        Assert.Equal("200", Note(title, "maxLength"));
        Assert.Equal(
            ["Gia Lai: do not translate", "cồng chiêng → ゴング"],
            title.Element(Ns + "notes")!.Elements(Ns + "note").Where(n => (string?)n.Attribute("category") == "glossary").Select(n => n.Value));
        var body = units[3].Descendants(Ns + "source").Single();
        Assert.Equal("preserve", (string?)body.Attribute(XNamespace.Xml + "space"));
        Assert.Equal(TranslatableBrand.Body, body.Value);
        Assert.Empty(root.Descendants(Ns + "target"));
    }

    [Fact]
    public async Task Japanese_targets_are_imported_byte_for_byte_as_drafts_with_history_and_audit()
    {
        var content = await xliff.TranslatableBrandAsync();
        var exported = await xliff.ContentAsync("ja", content.Brand.Slug);
        var targets = JapaneseTargets(content);
        var filled = XliffFiles.WithTargets(exported, targets);

        var report = (await xliff.ImportAsync(filled)).Ok().GetProperty("importXliff");

        Assert.Equal("ja", report.GetProperty("locale").GetString());
        Assert.Equal(0, report.GetProperty("unchangedUnits").GetInt32());
        var changed = report.GetProperty("changed").EnumerateArray().ToDictionary(c => c.GetProperty("kind").GetString()!);
        Assert.Equal(["BRAND", "PILLAR", "STORY"], changed.Keys.Order());
        Assert.Equal(["title", "slug", "summary", "body", "seoKeywords"], changed["STORY"].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.All(changed.Values, c => Assert.Equal((1, "DRAFT"), (c.GetProperty("revision").GetInt32(), c.GetProperty("status").GetString())));

        var variant = await editing.VariantAsync("STORY", content.Story.Id, "ja");
        foreach (var field in new[] { "title", "slug", "summary", "body", "seoKeywords" })
        {
            Assert.Equal(targets[content.Unit("STORY", field)], Fixtures.Editing.Field(variant, field));
        }

        Assert.Equal(JapaneseBody, Fixtures.Editing.Field(variant, "body"));
        Assert.Equal(1, variant.GetProperty("sourceRevision").GetInt32());
        Assert.False(variant.GetProperty("outdated").GetBoolean());
        Assert.Equal("DRAFT", variant.GetProperty("status").GetString());
        Assert.Equal("海岸 & 山 <ja>", Fixtures.Editing.Field(await editing.VariantAsync("PILLAR", content.Pillar.Id, "ja"), "name"));

        var history = (await app.GraphQL().QueryAsync(
            "query($id: ID!) { variantHistory(kind: STORY, id: $id, locale: \"ja\") { action actor changedFields } }", new { id = content.Story.Id }))
            .Ok().GetProperty("variantHistory");
        var created = Assert.Single(history.EnumerateArray());
        Assert.Equal(("CREATED", BrandContent.Access.AdminKeyBootstrap.KeyName), (created.GetProperty("action").GetString(), created.GetProperty("actor").GetString()));
        var audit = (await app.GraphQL().QueryAsync(
            "query($id: ID!) { auditLog(targetId: $id, operation: \"importXliff\") { locale after } }", new { id = content.Story.Id }))
            .Ok().GetProperty("auditLog");
        Assert.Equal("ja", Assert.Single(audit.EnumerateArray()).GetProperty("locale").GetString());

        var again = XliffFiles.Units(await xliff.ContentAsync("ja", content.Brand.Slug, "ALL"));
        Assert.Equal(targets.Keys.Order(), again.Keys.Order());
        Assert.All(targets, t => Assert.Equal(t.Value, again[t.Key].Target));
        Assert.Equal(0, (await xliff.ExportAsync("ja", content.Brand.Slug)).GetProperty("unitCount").GetInt32());

        var repeated = (await xliff.ImportAsync(filled)).Ok().GetProperty("importXliff");
        Assert.Equal(0, repeated.GetProperty("changed").GetArrayLength());
        Assert.Equal(targets.Count, repeated.GetProperty("unchangedUnits").GetInt32());
    }

    [Fact]
    public async Task Chinese_targets_can_be_submitted_for_review_in_the_same_import()
    {
        var content = await xliff.TranslatableBrandAsync();
        var exported = await xliff.ContentAsync("zh-hans", content.Brand.Slug);
        var body = "# 中部高原的锣钲\r\n\r\n**盛大**的夜晚 & <酒坛>\n\n> “引用”\n";
        var targets = new Dictionary<string, string>
        {
            [content.Unit("STORY", "title")] = "嘉莱锣钲节",
            [content.Unit("STORY", "slug")] = "gia-lai-luo-zheng",
            [content.Unit("STORY", "body")] = body,
        };

        var report = (await xliff.ImportAsync(XliffFiles.WithTargets(exported, targets), submitForReview: true)).Ok().GetProperty("importXliff");

        Assert.Equal("zh-Hans", report.GetProperty("locale").GetString());
        var changed = Assert.Single(report.GetProperty("changed").EnumerateArray());
        Assert.Equal((1, "IN_REVIEW"), (changed.GetProperty("revision").GetInt32(), changed.GetProperty("status").GetString()));
        Assert.Equal(5, report.GetProperty("unitsWithoutTarget").GetInt32());
        var variant = await editing.VariantAsync("STORY", content.Story.Id, "zh-Hans");
        Assert.Equal("IN_REVIEW", variant.GetProperty("status").GetString());
        Assert.Equal(body, Fixtures.Editing.Field(variant, "body"));
        Assert.Null(Fixtures.Editing.Field(variant, "summary"));
        var history = (await app.GraphQL().QueryAsync(
            "query($id: ID!) { variantHistory(kind: STORY, id: $id, locale: \"zh-Hans\") { action } }", new { id = content.Story.Id }))
            .Ok().GetProperty("variantHistory").EnumerateArray().Select(h => h.GetProperty("action").GetString());
        Assert.Equal(["SUBMITTED_FOR_REVIEW", "CREATED"], history);
    }

    [Fact]
    public async Task An_outdated_translation_is_exported_under_OUTDATED_not_MISSING_and_keeps_the_revision_it_was_exported_from()
    {
        var content = await xliff.TranslatableBrandAsync();
        await editing.UpsertOkAsync("STORY", content.Story.Id, "ja", null, new { title = "ゴング祭り", slug = "gong-matsuri" });
        await editing.UpsertOkAsync("STORY", content.Story.Id, "vi", 1, new { summary = "Tóm tắt mới & hay hơn" });

        var exported = await xliff.ContentAsync("ja", content.Brand.Slug, "OUTDATED");
        var outdated = XliffFiles.Parse(exported);
        var group = Assert.Single(outdated.Descendants(Ns + "group"));
        Assert.Equal(content.Group("STORY"), (string?)group.Attribute("id"));
        Assert.Equal("2", Note(group, "sourceRevision"));
        Assert.Equal("OUTDATED", Note(group, "state"));
        var units = XliffFiles.Units(exported);
        Assert.Equal("ゴング祭り", units[content.Unit("STORY", "title")].Target);
        Assert.Equal(("Tóm tắt mới & hay hơn", null), units[content.Unit("STORY", "summary")]);

        var missing = XliffFiles.Parse(await xliff.ContentAsync("ja", content.Brand.Slug, "MISSING"));
        Assert.Equal([content.Group("BRAND"), content.Group("PILLAR")], missing.Descendants(Ns + "group").Select(g => (string?)g.Attribute("id")));

        // The source moves on again while the file is with the translator: the translation is of revision 2.
        await editing.UpsertOkAsync("STORY", content.Story.Id, "vi", 2, new { title = "Lễ hội cồng chiêng" });
        var filled = XliffFiles.WithTargets(exported, new Dictionary<string, string> { [content.Unit("STORY", "summary")] = "新しい要約" });
        var changed = Assert.Single((await xliff.ImportAsync(filled)).Ok().GetProperty("importXliff").GetProperty("changed").EnumerateArray());
        Assert.Equal(["summary"], changed.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var variant = await editing.VariantAsync("STORY", content.Story.Id, "ja");
        Assert.Equal(2, variant.GetProperty("revision").GetInt32());
        Assert.Equal(2, variant.GetProperty("sourceRevision").GetInt32());
        Assert.True(variant.GetProperty("outdated").GetBoolean());
        Assert.Equal("ゴング祭り", Fixtures.Editing.Field(variant, "title"));
    }

    private static string? Note(XElement element, string category) =>
        element.Element(Ns + "notes")?.Elements(Ns + "note").SingleOrDefault(n => (string?)n.Attribute("category") == category)?.Value;
}
