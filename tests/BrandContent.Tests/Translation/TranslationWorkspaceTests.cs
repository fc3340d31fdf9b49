using System.Text.Json;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Translation;

/// <summary>translationWorkspace: what the studio's editor (and any client) needs to translate one item into one locale.</summary>
public sealed class TranslationWorkspaceTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Selection = """
        kind entityId brand locale sourceLocale archived outdated
        source { revision fields { name value } } target { revision sourceRevision status fields { name value } }
        translatedFrom { name value } fields { name maxLength required format translatable }
        channelLimits { field channel maxLength counting } glossary { term doNotTranslate translation note fields }
        """;

    private readonly Fixtures.Editing editing = new(app.GraphQL());

    private async Task<(string Brand, Guid Story)> StoryAsync()
    {
        var brand = TestContent.Brand(null, "vi");
        var story = new Story { BrandId = brand.Id, Date = new DateOnly(2026, 1, 1) };
        await using (var db = app.OpenDb())
        {
            db.Add(brand);
            db.Add(story);
            await db.SaveChangesAsync();
        }

        await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title = "Lễ hội cồng chiêng Gia Lai", slug = "le-hoi", body = "Cồng chiêng vang khắp Tây Nguyên." });
        return (brand.Slug, story.Id);
    }

    private Task<GraphQLResponse> WorkspaceAsync(Guid id, string locale, string? key = null) =>
        (key is null ? app.GraphQL() : app.GraphQL(key)).QueryAsync($"query($id: ID!, $l: String!) {{ translationWorkspace(kind: STORY, id: $id, locale: $l) {{ {Selection} }} }}", new { id, l = locale });

    [Fact]
    public async Task An_outdated_translation_comes_with_the_source_text_it_was_made_from_and_the_current_one()
    {
        var (_, id) = await StoryAsync();
        await editing.UpsertOkAsync("STORY", id, "ko", null, new { title = "자라이 징 축제", slug = "gong" });
        await editing.UpsertOkAsync("STORY", id, "vi", 1, new { title = "Lễ hội cồng chiêng Gia Lai 2026" });
        (await editing.StepAsync("submitForReview", "STORY", id, "vi", 2)).Ok();

        var workspace = (await WorkspaceAsync(id, "ko")).Ok().GetProperty("translationWorkspace");

        Assert.True(workspace.GetProperty("outdated").GetBoolean());
        Assert.Equal(2, workspace.GetProperty("source").GetProperty("revision").GetInt32());
        Assert.Equal(1, workspace.GetProperty("target").GetProperty("sourceRevision").GetInt32());
        Assert.Equal("Lễ hội cồng chiêng Gia Lai", Value(workspace.GetProperty("translatedFrom"), "title"));
        Assert.Equal("Lễ hội cồng chiêng Gia Lai 2026", Value(workspace.GetProperty("source").GetProperty("fields"), "title"));
        Assert.Equal(("vi", "ko"), (workspace.GetProperty("sourceLocale").GetString(), workspace.GetProperty("locale").GetString()));
    }

    [Fact]
    public async Task A_missing_translation_has_no_target_and_no_earlier_source_but_every_field_limit()
    {
        var (brand, id) = await StoryAsync();

        var workspace = (await WorkspaceAsync(id, "ko")).Ok().GetProperty("translationWorkspace");

        Assert.Equal(JsonValueKind.Null, workspace.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, workspace.GetProperty("translatedFrom").ValueKind);
        Assert.False(workspace.GetProperty("outdated").GetBoolean());
        Assert.Equal(brand, workspace.GetProperty("brand").GetString());
        var title = workspace.GetProperty("fields").EnumerateArray().First();
        Assert.Equal(("title", 200, true, "TEXT"), (title.GetProperty("name").GetString(), title.GetProperty("maxLength").GetInt32(), title.GetProperty("required").GetBoolean(), title.GetProperty("format").GetString()));
        Assert.Contains(workspace.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "body" && f.GetProperty("format").GetString() == "MARKDOWN");
        Assert.Empty(workspace.GetProperty("channelLimits").EnumerateArray());
    }

    [Fact]
    public async Task The_glossary_terms_the_source_uses_come_with_their_translation_in_the_locale()
    {
        var (brand, id) = await StoryAsync();
        (await app.GraphQL().QueryAsync("""
            mutation($b: String!) {
              a: upsertGlossaryTerm(brand: $b, term: "cồng chiêng", translations: [{ locale: "ko", text: "징" }], note: "UNESCO") { term }
              b: upsertGlossaryTerm(brand: $b, term: "Gia Lai", doNotTranslate: true) { term }
              c: upsertGlossaryTerm(brand: $b, term: "hoa dã quỳ", translations: [{ locale: "ko", text: "해바라기" }]) { term }
            }
            """, new { b = brand })).Ok();

        var glossary = (await WorkspaceAsync(id, "ko")).Ok().GetProperty("translationWorkspace").GetProperty("glossary").EnumerateArray().ToList();

        Assert.Equal(["Gia Lai", "cồng chiêng"], glossary.Select(g => g.GetProperty("term").GetString()).Order(StringComparer.Ordinal));
        var gong = glossary.Single(g => g.GetProperty("term").GetString() == "cồng chiêng");
        Assert.Equal(("징", "UNESCO"), (gong.GetProperty("translation").GetString(), gong.GetProperty("note").GetString()));
        Assert.Equal(["title", "body"], gong.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.True(glossary.Single(g => g.GetProperty("term").GetString() == "Gia Lai").GetProperty("doNotTranslate").GetBoolean());
    }

    [Fact]
    public async Task A_channel_post_comes_with_each_target_channels_limit_on_the_field_it_carries()
    {
        var scene = new PostScene(app);
        var brand = await scene.BrandAsync();
        var id = await scene.CreateOkAsync(brand.Slug, ["x", "banner"], ["KR"]);
        (await scene.UpsertAsync(id, "vi", new { text = "Gia Lai", slogan = "Gia Lai", media = brand.Image.Id.ToString() })).Ok();

        var response = await app.GraphQL().QueryAsync(
            "query($id: ID!) { translationWorkspace(kind: CHANNEL_POST, id: $id, locale: \"ko\") { channelLimits { field channel maxLength counting } } }", new { id });

        var limits = response.Ok().GetProperty("translationWorkspace").GetProperty("channelLimits").EnumerateArray()
            .Select(l => (l.GetProperty("field").GetString(), l.GetProperty("channel").GetString(), l.GetProperty("maxLength").GetInt32(), l.GetProperty("counting").GetString()));
        Assert.Equal([("slogan", "banner", 60, "GRAPHEMES"), ("text", "x", 280, "X_WEIGHTED")], limits);
    }

    [Fact]
    public async Task Unknown_ids_the_source_locale_and_locales_outside_a_translators_scope_are_refused_with_their_code()
    {
        var (_, id) = await StoryAsync();
        var translator = await Keys.CreateAsync(app, "ja translator", "TRANSLATOR", locales: ["ja"]);

        Assert.Equal(["NOT_FOUND"], (await WorkspaceAsync(Guid.NewGuid(), "ko")).ErrorCodes);
        Assert.Equal(["NOT_A_TRANSLATION"], (await WorkspaceAsync(id, "vi")).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await WorkspaceAsync(id, "ko", translator)).ErrorCodes);
        Assert.Equal(["INVALID_LOCALE"], (await WorkspaceAsync(id, "not a tag\u0001")).ErrorCodes);
        (await WorkspaceAsync(id, "ja", translator)).Ok();
    }

    private static string? Value(JsonElement fields, string name) =>
        fields.EnumerateArray().Single(f => f.GetProperty("name").GetString() == name).GetProperty("value").GetString();
}
