using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Translation;

public sealed class XliffInteropTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly XliffFiles xliff = new(app);
    private readonly Fixtures.Editing editing = new(app.GraphQL());

    [Fact]
    public async Task A_file_written_by_the_npm_xliff_library_imports_into_the_working_translations()
    {
        var content = await xliff.TranslatableBrandAsync();
        var units = XliffFiles.Units(await xliff.ContentAsync("ko", content.Brand.Slug));
        var korean = new Dictionary<string, string>
        {
            [content.Unit("BRAND", "name")] = "자라이성",
            [content.Unit("PILLAR", "name")] = "해안 & 산",
            [content.Unit("STORY", "title")] = "자라이 징 축제",
            [content.Unit("STORY", "slug")] = "gia-lai-jing-chukje",
            [content.Unit("STORY", "body")] = "# 중부 고원의 징\n\n*화려한* 밤 & <술항아리>\n\n- \"인용\" 'ㅎ'\n",
        };

        // The story's units in a group (without our notes), the others straight in the file, as tools do either.
        var story = content.Group("STORY");
        var resources = units
            .Where(u => !u.Key.StartsWith(story, StringComparison.Ordinal))
            .ToDictionary(u => u.Key, u => (object)Unit(u.Value.Source, korean.GetValueOrDefault(u.Key)));
        resources[story] = new
        {
            groupUnits = units.Where(u => u.Key.StartsWith(story, StringComparison.Ordinal))
                .ToDictionary(u => u.Key, u => Unit(u.Value.Source, korean.GetValueOrDefault(u.Key))),
        };
        var file = await NodeXliff.WriteAsync(new
        {
            sourceLanguage = "vi",
            targetLanguage = "ko",
            resources = new Dictionary<string, object> { [content.Brand.Slug] = resources },
        });
        Assert.DoesNotContain("sourceRevision", file);
        Assert.Contains("<group id=\"" + story + "\">", file);

        var report = (await xliff.ImportAsync(file)).Ok().GetProperty("importXliff");

        Assert.Equal(["BRAND", "PILLAR", "STORY"], report.GetProperty("changed").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Order());
        Assert.Equal(units.Count - korean.Count, report.GetProperty("unitsWithoutTarget").GetInt32());
        var variant = await editing.VariantAsync("STORY", content.Story.Id, "ko");
        foreach (var field in new[] { "title", "slug", "body" })
        {
            Assert.Equal(korean[content.Unit("STORY", field)], Fixtures.Editing.Field(variant, field));
        }

        Assert.Equal(1, variant.GetProperty("sourceRevision").GetInt32());
        Assert.Equal("자라이성", Fixtures.Editing.Field(await editing.VariantAsync("BRAND", content.Brand.Id, "ko"), "name"));
        Assert.Equal("해안 & 산", Fixtures.Editing.Field(await editing.VariantAsync("PILLAR", content.Pillar.Id, "ko"), "name"));
    }

    // js2xliff writes a <target> only for units that have one.
    private static Dictionary<string, string> Unit(string source, string? target) =>
        target is null ? new() { ["source"] = source } : new() { ["source"] = source, ["target"] = target };
}
