using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>A fresh brand (Vietnamese source) and clarifications made through the API, as editors make them.</summary>
public sealed class ClarificationScene(BrandContentApp app)
{
    public const string Kind = "CLARIFICATION";

    public const string PublishNow = "mutation($id: ID!) { publishClarificationNow(id: $id) { status revision updatedBy } }";

    public Fixtures.Editing Editing { get; } = new(app.GraphQL());

    public async Task<Brand> BrandAsync()
    {
        var brand = TestContent.Brand(null, "vi");
        await using var db = app.OpenDb();
        db.Add(brand);
        await db.SaveChangesAsync();
        return brand;
    }

    public Task<GraphQLResponse> CreateAsync(string brand, object input, string? token = BrandContentApp.AdminToken, string? acceptLanguage = null) =>
        app.GraphQL(token).QueryAsync(
            "mutation($b: String!, $i: ClarificationInput!) { createClarification(brand: $b, input: $i) { id values { name value } } }", new { b = brand, i = input }, acceptLanguage);

    /// <summary>A clarification of the brand for the markets, with its Vietnamese text written (a draft).</summary>
    public async Task<Guid> DraftAsync(string brand, string severity = "HIGH", string[]? markets = null, string title = "Không có chuyện đó")
    {
        var id = (await CreateAsync(brand, new { severity, markets = markets ?? ["KR", "JP", "US"] })).Ok().GetProperty("createClarification").GetProperty("id").GetGuid();
        await Editing.UpsertOkAsync(Kind, id, "vi", null, new { title, claim = "“Lễ hội đã bị hủy.”", facts = "Lễ hội **vẫn diễn ra**." });
        return id;
    }

    public Task<GraphQLResponse> PublishNowAsync(Guid id, string? token = BrandContentApp.AdminToken) =>
        app.GraphQL(token).QueryAsync(PublishNow, new { id });

    /// <summary>A translation written and taken through review to publication.</summary>
    public async Task TranslateAsync(Guid id, string locale, string title)
    {
        var revision = (await Editing.UpsertOkAsync(Kind, id, locale, null, new { title, claim = $"claim {locale}", facts = $"facts {locale}" })).GetProperty("revision").GetInt32();
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            var response = await Editing.StepAsync(step, Kind, id, locale, revision);
            Assert.True(response.Errors.Count == 0, $"{step}: {response.Body}");
        }
    }

    public async Task<List<JsonElement>> ClarificationsAsync(string brand, string? token, string? market = null, DateTimeOffset? since = null, string fields = "id title locale isFallback severity")
    {
        var data = (await app.GraphQL(token).QueryAsync(
                $"query($b: String!, $m: String, $s: DateTimeOffset) {{ clarifications(brand: $b, market: $m, since: $s, first: 50) {{ totalCount edges {{ node {{ {fields} }} }} }} }}",
                new { b = brand, m = market, s = since }))
            .Ok().GetProperty("clarifications");
        return [.. data.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];
    }
}
