using BrandContent.Brands;
using BrandContent.Stories;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Studio;

/// <summary>
/// Content for the queue and editor tests, made through the API as an editor would: a brand of its own (so each test
/// sees only its items), its glossary, stories in Vietnamese, Korean translations, and keys scoped to the brand.
/// </summary>
public sealed class EditorScene(StudioBrowser studio)
{
    public const string GongTerm = "cồng chiêng";
    public const string GongKorean = "징";

    private readonly Fixtures.Editing editing = new(studio.App.GraphQL());

    public Brand Brand { get; } = TestContent.Brand(null, "vi");

    public string Slug => Brand.Slug;

    public async Task<EditorScene> CreateAsync()
    {
        await using (var db = studio.App.OpenDb())
        {
            db.Add(Brand);
            await db.SaveChangesAsync();
        }

        (await studio.App.GraphQL().QueryAsync(
            """
            mutation($b: String!, $term: String!, $ko: String!) {
              a: upsertGlossaryTerm(brand: $b, term: $term, translations: [{ locale: "ko", text: $ko }], note: "UNESCO 2005") { term }
              b: upsertGlossaryTerm(brand: $b, term: "Gia Lai", doNotTranslate: true) { term }
            }
            """,
            new { b = Slug, term = GongTerm, ko = GongKorean })).Ok();
        return this;
    }

    /// <summary>A story with its Vietnamese source (revision 1) and nothing else.</summary>
    public async Task<Guid> StoryAsync(string title, string body = "Tiếng cồng chiêng vang khắp cao nguyên Gia Lai.")
    {
        var story = new Story { BrandId = Brand.Id, Date = new DateOnly(2026, 3, 1) };
        await using (var db = studio.App.OpenDb())
        {
            db.Add(story);
            await db.SaveChangesAsync();
        }

        await editing.UpsertOkAsync("STORY", story.Id, "vi", null, new { title, slug = $"s-{story.Id:N}"[..20], summary = "Mùa lễ hội trên cao nguyên.", body });
        return story.Id;
    }

    /// <summary>A story translated into Korean at source revision 1, whose source title then changed: outdated.</summary>
    public async Task<Guid> OutdatedStoryAsync()
    {
        var id = await StoryAsync("Lễ hội cồng chiêng Gia Lai");
        await editing.UpsertOkAsync("STORY", id, "ko", null, new { title = "자라이 징 축제", slug = $"ko-{id:N}"[..20], summary = "고원의 축제 계절." });
        await editing.UpsertOkAsync("STORY", id, "vi", 1, new { title = "Lễ hội cồng chiêng Gia Lai mùa xuân 2026" });
        return id;
    }

    public Task<string> TranslatorAsync(string name, params string[] locales) =>
        studio.NewKeyAsync(name, "TRANSLATOR", brands: [Slug], locales: locales.Length == 0 ? ["ko"] : locales);

    public Task<System.Text.Json.JsonElement> VariantAsync(Guid id, string locale) => editing.VariantAsync("STORY", id, locale);

    public static string EditorPath(Guid id, string locale = "ko") => $"/studio/edit/story/{id:D}/{locale}";
}
