using BrandContent.Brands;
using BrandContent.Pillars;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Keywords;

/// <summary>A fresh brand (Vietnamese source, a pillar) and keyword sets and stories made through the API, as editors make them.</summary>
public sealed class KeywordScene(BrandContentApp app)
{
    public const string Kind = "KEYWORD_SET";

    public Fixtures.Editing Editing { get; } = new(app.GraphQL());

    public async Task<(Brand Brand, Pillar Pillar)> BrandAsync()
    {
        var brand = TestContent.Brand(null, "vi");
        var pillar = TestContent.Pillar(brand, "gongs", 1, "vi", "en");
        await using var db = app.OpenDb();
        db.AddRange(brand, pillar);
        await db.SaveChangesAsync();
        return (brand, pillar);
    }

    public Task<GraphQLResponse> CreateAsync(string brand, object input) =>
        app.GraphQL().QueryAsync("mutation($b: String!, $i: KeywordSetInput!) { createKeywordSet(brand: $b, input: $i) { id } }", new { b = brand, i = input });

    public async Task<Guid> CreateOkAsync(string brand, string? pillar = null, string[]? markets = null) =>
        (await CreateAsync(brand, new { pillar, markets = markets ?? [] })).Ok().GetProperty("createKeywordSet").GetProperty("id").GetGuid();

    /// <summary>Writes a variant and takes it through review to publication.</summary>
    public Task PublishAsync(Guid id, string locale, object fields) => PublishAsync(Kind, id, locale, fields);

    public async Task PublishAsync(string kind, Guid id, string locale, object fields)
    {
        var revision = (await Editing.UpsertOkAsync(kind, id, locale, null, fields)).GetProperty("revision").GetInt32();
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            var response = await Editing.StepAsync(step, kind, id, locale, revision);
            Assert.True(response.Errors.Count == 0, $"{step}: {response.Body}");
        }
    }

    /// <summary>A story with one variant written by an editor (not yet submitted).</summary>
    public async Task<Guid> StoryAsync(string brand, string locale, string slug, string seoKeywords)
    {
        var id = (await app.GraphQL().QueryAsync(
                "mutation($b: String!) { createStory(brand: $b, input: { date: \"2026-11-01\", pillars: [] }) { id } }", new { b = brand }))
            .Ok().GetProperty("createStory").GetProperty("id").GetGuid();
        await Editing.UpsertOkAsync("STORY", id, locale, null, new { title = $"Story {slug}", slug, seoKeywords });
        return id;
    }

    /// <summary>The keyword warnings submitForReview returns for a story's variant.</summary>
    public async Task<List<(string Field, string Rule, List<string> Suggestions)>> SubmitStoryAsync(Guid story, string locale)
    {
        var submitted = (await app.GraphQL().QueryAsync(
                "mutation($id: ID!, $l: String!) { submitForReview(kind: STORY, id: $id, locale: $l) { variant { status } keywordWarnings { field rule suggestions } } }",
                new { id = story, l = locale }))
            .Ok().GetProperty("submitForReview");
        Assert.Equal("IN_REVIEW", submitted.GetProperty("variant").GetProperty("status").GetString());
        return [.. submitted.GetProperty("keywordWarnings").EnumerateArray().Select(w => (
            w.GetProperty("field").GetString()!,
            w.GetProperty("rule").GetString()!,
            w.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToList()))];
    }
}
