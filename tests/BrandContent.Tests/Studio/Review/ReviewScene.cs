using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Studio.Review;

/// <summary>A demo brand's story with a Korean translation brought to a workflow state through the API, as a client would.</summary>
public sealed class ReviewScene(GraphQLClient admin)
{
    public const string Brand = "gia-lai";

    private readonly Fixtures.Editing editing = new(admin);

    /// <summary>
    /// A new story, its Vietnamese source published; in Korean a published first translation (the live copy) and,
    /// unless <paramref name="liveOnly"/>, an edited one submitted for review. Returns the story's id and Korean slug.
    /// </summary>
    public async Task<(Guid Id, string KoreanSlug)> KoreanInReviewAsync(string name, string liveTitle, string reviewTitle, bool liveOnly = false)
    {
        var (id, slug) = await SourceOnlyAsync(name);

        var korean = await UpsertKoreanAsync(id, null, new { title = liveTitle, slug = slug + "-ko", summary = "요약" }, 1);
        await PublishAsync(id, "ko", korean);
        if (!liveOnly)
        {
            var edited = await UpsertKoreanAsync(id, korean, new { title = reviewTitle, slug = slug + "-ko", summary = "새 요약" }, 1);
            (await editing.StepAsync("submitForReview", "STORY", id, "ko", edited)).Ok();
        }

        return (id, slug + "-ko");
    }

    /// <summary>A new story of the brand with only its Vietnamese source, published: missing in every other locale.</summary>
    public async Task<(Guid Id, string Slug)> SourceOnlyAsync(string name)
    {
        var created = (await admin.QueryAsync(
            "mutation($b: String!) { createStory(brand: $b, input: { date: \"2026-05-01\" }) { id } }", new { b = Brand })).Ok();
        var id = created.GetProperty("createStory").GetProperty("id").GetGuid();
        var slug = $"{name}-{id.ToString("N")[..8]}";
        await editing.UpsertOkAsync("STORY", id, "vi", null, new { title = $"Câu chuyện {name}", slug, summary = "Tóm tắt" });
        await PublishAsync(id, "vi", 1);
        return (id, slug);
    }

    public async Task<int> UpsertKoreanAsync(Guid id, int? expected, object fields, int sourceRevision) =>
        (await editing.UpsertAsync("STORY", id, "ko", expected, fields, sourceRevision)).Ok().GetProperty("upsertVariant").GetProperty("revision").GetInt32();

    public async Task PublishAsync(Guid id, string locale, int revision)
    {
        foreach (var step in new[] { "submitForReview", "approve", "publish" })
        {
            (await editing.StepAsync(step, "STORY", id, locale, revision)).Ok();
        }
    }

    public Task<JsonElement> VariantAsync(Guid id, string locale) => editing.VariantAsync("STORY", id, locale);

    public async Task<List<JsonElement>> HistoryAsync(Guid id, string locale) =>
        [.. (await admin.QueryAsync(
            "query($id: ID!, $l: String!) { variantHistory(kind: STORY, id: $id, locale: $l) { revision action comment actor } }", new { id, l = locale }))
            .Ok().GetProperty("variantHistory").EnumerateArray()];

    public static string Path(string screen, Guid id, string locale = "ko") => $"/studio/{screen}/story/{id}/{locale}";
}
