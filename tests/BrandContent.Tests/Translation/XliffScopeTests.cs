using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Translation;

/// <summary>
/// A scoped key learns nothing about content outside its scope from an import: what lies outside is OUT_OF_SCOPE
/// before any other problem, and the same whether it exists or not.
/// </summary>
public sealed class XliffScopeTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Import = "mutation($c: String!) { importXliff(content: $c) { locale changed { kind } unchangedUnits } }";

    private readonly XliffFiles xliff = new(app);

    [Fact]
    public async Task A_brand_scoped_key_gets_the_same_OUT_OF_SCOPE_for_an_existing_and_a_made_up_foreign_unit_before_any_other_problem()
    {
        var own = await xliff.TranslatableBrandAsync();
        var foreign = await xliff.TranslatableBrandAsync();
        var editor = app.GraphQL(await Keys.CreateAsync(app, "own desk", "EDITOR", brands: [own.Brand.Slug]));
        var exported = await xliff.ContentAsync("ja", own.Brand.Slug);
        var summary = own.Unit("STORY", "summary");
        var file = XliffFiles.WithTargets(exported, new Dictionary<string, string>
        {
            // An own problem the editor may hear about, but only once nothing outside the scope is in the file.
            [own.Unit("STORY", "title")] = new string('ア', 201),
            [own.Unit("STORY", "slug")] = "gong",
            [summary] = "要約",
        });
        var existing = foreign.Unit("STORY", "summary");
        var madeUp = $"STORY.{Guid.NewGuid():D}.summary";

        var toExisting = await editor.QueryAsync(Import, new { c = file.Replace(summary, existing, StringComparison.Ordinal) });
        var toMadeUp = await editor.QueryAsync(Import, new { c = file.Replace(summary, madeUp, StringComparison.Ordinal) });

        Assert.Equal(["OUT_OF_SCOPE"], toExisting.ErrorCodes);
        var line = XliffFiles.LineOf(file, summary);
        Assert.Equal($"This key's scope does not include unit 'line {line}: unit {existing}'.", Message(toExisting));
        Assert.Equal(toExisting.Status, toMadeUp.Status);
        Assert.Equal(toExisting.Body.ToString().Replace(existing, "UNIT", StringComparison.Ordinal), toMadeUp.Body.ToString().Replace(madeUp, "UNIT", StringComparison.Ordinal));
        Assert.Equal(0, await JapaneseVariantsAsync(own, foreign));

        // Without the foreign unit the editor hears about its own problem.
        Assert.Equal("MAX_LENGTH", XliffFiles.Problems(await editor.QueryAsync(Import, new { c = file })).Single().Rule);
    }

    [Fact]
    public async Task A_foreign_unit_whose_target_equals_the_stored_translation_is_out_of_scope_not_counted_as_unchanged()
    {
        var own = await xliff.TranslatableBrandAsync();
        var foreign = await xliff.TranslatableBrandAsync();
        await new Fixtures.Editing(app.GraphQL()).UpsertOkAsync("STORY", foreign.Story.Id, "ja", null, new { title = "秘密の題", slug = "himitsu" });
        var editor = app.GraphQL(await Keys.CreateAsync(app, "guessing desk", "EDITOR", brands: [own.Brand.Slug]));
        var summary = own.Unit("STORY", "title");
        var guess = XliffFiles.WithTargets(await xliff.ContentAsync("ja", own.Brand.Slug), new Dictionary<string, string> { [summary] = "秘密の題" })
            .Replace(summary, foreign.Unit("STORY", "title"), StringComparison.Ordinal);

        var answer = await editor.QueryAsync(Import, new { c = guess });

        Assert.Equal(["OUT_OF_SCOPE"], answer.ErrorCodes);
        Assert.Contains(foreign.Unit("STORY", "title"), Message(answer));
    }

    [Fact]
    public async Task A_locale_scoped_translator_gets_OUT_OF_SCOPE_for_another_target_language_before_validation_and_locale_lookup()
    {
        var content = await xliff.TranslatableBrandAsync();
        var korean = app.GraphQL(await Keys.CreateAsync(app, "ko desk", "TRANSLATOR", locales: ["ko"]));
        var japanese = XliffFiles.WithTargets(await xliff.ContentAsync("ja", content.Brand.Slug), new Dictionary<string, string> { [content.Unit("STORY", "title")] = new string('ア', 201) })
            .Replace(content.Unit("PILLAR", "name"), "PILLAR.not-an-id.name", StringComparison.Ordinal);

        var refused = await korean.QueryAsync(Import, new { c = japanese });
        var unregistered = await korean.QueryAsync(Import, new { c = japanese.Replace("trgLang=\"ja\"", "trgLang=\"tlh\"", StringComparison.Ordinal) });

        Assert.Equal(["OUT_OF_SCOPE"], refused.ErrorCodes);
        Assert.Equal("This key's scope does not include locale 'ja'.", Message(refused));
        Assert.Equal(["OUT_OF_SCOPE"], unregistered.ErrorCodes);
        Assert.Equal(0, await JapaneseVariantsAsync(content, content));
    }

    private static string Message(GraphQLResponse response) => response.Errors[0].GetProperty("message").GetString()!;

    private async Task<int> JapaneseVariantsAsync(TranslatableBrand one, TranslatableBrand other)
    {
        var data = (await app.GraphQL().QueryAsync(
            "query($a: ID!, $b: ID!) { a: variants(kind: STORY, id: $a) { locale } b: variants(kind: STORY, id: $b) { locale } }",
            new { a = one.Story.Id, b = other.Story.Id })).Ok();
        return data.GetProperty("a").EnumerateArray().Concat(data.GetProperty("b").EnumerateArray()).Count(v => v.GetProperty("locale").GetString() == "ja");
    }
}
