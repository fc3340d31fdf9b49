using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Translation;

/// <summary>A bad file changes nothing at all, and every problem says where it is.</summary>
public sealed class XliffValidationTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly XliffFiles xliff = new(app);
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    private static Dictionary<string, string> GoodTargets(TranslatableBrand content) => new()
    {
        [content.Unit("BRAND", "name")] = "ザライ省",
        [content.Unit("PILLAR", "name")] = "海岸",
        [content.Unit("STORY", "title")] = "ゴング祭り",
        [content.Unit("STORY", "slug")] = "gong-matsuri",
        [content.Unit("STORY", "body")] = "# ゴング\n\n本文 & <注>\n",
    };

    [Fact]
    public async Task A_file_that_is_not_XML_is_refused_with_its_line_and_position()
    {
        var content = await xliff.TranslatableBrandAsync();
        var problems = await RefusedAsync(content, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"vi\" trgLang=\"ja\">\n  <file id=\"x\">\n</xliff>");

        var problem = Assert.Single(problems);
        Assert.Equal(("content", "XML_MALFORMED"), (problem.Field, problem.Rule));
        Assert.Contains("line 3, position 3", problem.Message);
    }

    [Fact]
    public async Task A_file_with_a_DTD_is_refused_saying_DTDs_are_not_accepted_with_the_DOCTYPE_line_in_en_and_vi()
    {
        var content = await xliff.TranslatableBrandAsync();
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), GoodTargets(content))
            .Replace("?>", "?>\n<!DOCTYPE xliff [\n  <!ENTITY lol \"lol\">\n  <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>", StringComparison.Ordinal)
            .Replace("ザライ省", "&lol2;", StringComparison.Ordinal);
        Assert.StartsWith("<?xml", file);

        var problem = Assert.Single(await RefusedAsync(content, file));

        Assert.Equal(("line 2: DOCTYPE", "XML_DTD"), (problem.Field, problem.Rule));
        Assert.StartsWith("line 2: DOCTYPE: a document type declaration (DOCTYPE) is not accepted in an XLIFF file", problem.Message);
        var vietnamese = await app.GraphQL().QueryAsync("mutation($c: String!) { importXliff(content: $c) { locale } }", new { c = file }, acceptLanguage: "vi");
        Assert.Contains("tệp XLIFF không được chứa khai báo kiểu tài liệu (DOCTYPE)", XliffFiles.Problems(vietnamese).Single().Message);
    }

    [Fact]
    public async Task An_XLIFF_1_2_file_is_refused_as_the_wrong_version()
    {
        var content = await xliff.TranslatableBrandAsync();
        var file = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="brandcontent" source-language="vi" target-language="ja" datatype="plaintext">
                <body>
                  <trans-unit id="{content.Unit("STORY", "title")}"><source>{TranslatableBrand.Title}</source><target>ゴング祭り</target></trans-unit>
                </body>
              </file>
            </xliff>
            """;

        var problem = Assert.Single(await RefusedAsync(content, file));

        Assert.Equal(("line 2: xliff", "XLIFF_VERSION"), (problem.Field, problem.Rule));
        Assert.Contains("urn:oasis:names:tc:xliff:document:1.2 xliff 1.2", problem.Message);
    }

    [Fact]
    public async Task A_file_whose_srcLang_is_not_the_brand_source_locale_is_refused()
    {
        var content = await xliff.TranslatableBrandAsync();
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), GoodTargets(content)).Replace("srcLang=\"vi\"", "srcLang=\"en\"");

        var problem = Assert.Single(await RefusedAsync(content, file));

        Assert.Equal(("xliff@srcLang", "XLIFF_LANGUAGE"), (problem.Field, problem.Rule));
        Assert.Equal("xliff@srcLang is 'en' but must be 'vi'.", problem.Message);
    }

    [Fact]
    public async Task Unknown_unit_ids_are_refused_each_with_its_line_and_the_good_units_are_not_applied()
    {
        var content = await xliff.TranslatableBrandAsync();
        var stranger = $"STORY.{Guid.NewGuid():D}.title";
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), GoodTargets(content))
            .Replace($"id=\"{content.Unit("STORY", "summary")}\"", $"id=\"{stranger}\"")
            .Replace($"id=\"{content.Unit("PILLAR", "name")}\"", "id=\"PILLAR.not-an-id.name\"");

        var problems = await RefusedAsync(content, file);

        Assert.Equal(
            [
                ($"line {XliffFiles.LineOf(file, "PILLAR.not-an-id.name")}: unit PILLAR.not-an-id.name", "XLIFF_UNIT"),
                ($"line {XliffFiles.LineOf(file, stranger)}: unit {stranger}", "XLIFF_UNIT"),
            ],
            problems.Select(p => (p.Field, p.Rule)));
    }

    [Fact]
    public async Task A_target_over_the_field_maximum_length_is_refused_with_its_unit()
    {
        var content = await xliff.TranslatableBrandAsync();
        await editing.UpsertOkAsync("STORY", content.Story.Id, "ja", null, new { title = "ゴング", slug = "gong" });
        var targets = GoodTargets(content);
        targets[content.Unit("STORY", "title")] = new string('ア', 201);
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug, "ALL"), targets);

        var problem = Assert.Single(await RefusedAsync(content, file));

        var unit = content.Unit("STORY", "title");
        Assert.Equal(($"line {XliffFiles.LineOf(file, unit)}: unit {unit}", "MAX_LENGTH"), (problem.Field, problem.Rule));
        Assert.Contains("200", problem.Message);
        Assert.Contains("201", problem.Message);
    }

    [Fact]
    public async Task A_new_translation_without_a_required_field_is_refused_at_that_unit()
    {
        var content = await xliff.TranslatableBrandAsync();
        var targets = GoodTargets(content);
        targets.Remove(content.Unit("STORY", "slug"));
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), targets);

        var problem = Assert.Single(await RefusedAsync(content, file));

        var unit = content.Unit("STORY", "slug");
        Assert.Equal(($"line {XliffFiles.LineOf(file, unit)}: unit {unit}", "REQUIRED"), (problem.Field, problem.Rule));
    }

    [Fact]
    public async Task One_bad_slug_among_good_units_rolls_back_the_units_already_written()
    {
        var content = await xliff.TranslatableBrandAsync();
        var targets = GoodTargets(content);
        targets[content.Unit("STORY", "slug")] = "ゴング祭り";
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), targets);

        // The brand and the pillar come first in the file and pass every check; only the editor knows slug rules.
        var problem = Assert.Single(await RefusedAsync(content, file));

        var unit = content.Unit("STORY", "slug");
        Assert.Equal(($"line {XliffFiles.LineOf(file, unit)}: unit {unit}", "SLUG_FORMAT"), (problem.Field, problem.Rule));
    }

    [Fact]
    public async Task Two_stories_given_the_same_slug_in_one_file_are_refused_at_the_later_unit()
    {
        var content = await xliff.TranslatableBrandAsync();
        var second = new BrandContent.Stories.Story { BrandId = content.Brand.Id, Date = new DateOnly(2026, 3, 2) };
        await using (var db = app.OpenDb())
        {
            db.Add(second);
            await db.SaveChangesAsync();
        }

        await editing.UpsertOkAsync("STORY", second.Id, "vi", null, new { title = "Hoa dã quỳ", slug = "hoa-da-quy" });
        var secondSlug = $"STORY.{second.Id:D}.slug";
        var targets = GoodTargets(content);
        targets[$"STORY.{second.Id:D}.title"] = "野生のひまわり";
        targets[secondSlug] = "gong-matsuri";
        var file = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), targets);
        var later = XliffFiles.LineOf(file, secondSlug) > XliffFiles.LineOf(file, content.Unit("STORY", "slug")) ? secondSlug : content.Unit("STORY", "slug");

        var problem = Assert.Single(await RefusedAsync(content, file));

        Assert.Equal(($"line {XliffFiles.LineOf(file, later)}: unit {later}", "SLUG_TAKEN"), (problem.Field, problem.Rule));
    }

    /// <summary>Imports the file, expects VALIDATION_FAILED, and checks that nothing at all changed.</summary>
    private async Task<List<(string Field, string Rule, string Message)>> RefusedAsync(TranslatableBrand content, string file)
    {
        var before = await StateAsync(content);
        var problems = XliffFiles.Problems(await xliff.ImportAsync(file));
        Assert.Equal(before, await StateAsync(content));
        return problems;
    }

    private async Task<string> StateAsync(TranslatableBrand content)
    {
        var state = (await app.GraphQL().QueryAsync(
            """
            query($b: String!, $brand: ID!, $pillar: ID!, $story: ID!) {
              translationStatus(brand: $b, locale: "ja") { counts { kind missing outdated draft inReview } }
              brand: variants(kind: BRAND, id: $brand) { locale revision fields { name value } }
              pillar: variants(kind: PILLAR, id: $pillar) { locale revision fields { name value } }
              story: variants(kind: STORY, id: $story) { locale revision status sourceRevision fields { name value } }
              auditLog(operation: "importXliff") { id }
            }
            """,
            new { b = content.Brand.Slug, brand = content.Brand.Id, pillar = content.Pillar.Id, story = content.Story.Id })).Ok();
        Assert.Equal(0, state.GetProperty("auditLog").GetArrayLength());
        return state.ToString();
    }
}
