using System.Text.Json;
using BrandContent.Clarifications;
using BrandContent.Monitoring;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>Incidents tie mentions to the clarification answering them; the response time runs from detection to answer.</summary>
public sealed class IncidentTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Fields = "id summary severity detectedAt answeredAt responseSeconds responseTime clarificationId mentionIds recordedBy";

    private readonly ClarificationScene scene = new(app);

    private async Task<Guid> MentionAsync(Guid brandId, string path)
    {
        var mention = new Mention
        {
            BrandIds = [brandId],
            PublishedAt = DateTimeOffset.UtcNow.AddDays(-1),
            Outlet = "Example News",
            Url = $"https://news.example.com/{path}/{Guid.NewGuid():N}",
            MarketCode = "KR",
            Language = "ko",
            Sentiment = Sentiment.Negative,
            FalseInformation = true,
            Headline = "A false story",
            RecordedBy = "test",
            RecordedAt = DateTimeOffset.UtcNow,
        };
        await using var db = app.OpenDb();
        db.Mentions.Add(mention);
        await db.SaveChangesAsync();
        return mention.Id;
    }

    private Task<GraphQLResponse> CreateAsync(string brand, object input, string? token = BrandContentApp.AdminToken, string? acceptLanguage = null) =>
        app.GraphQL(token).QueryAsync($"mutation($b: String!, $i: IncidentInput!) {{ createIncident(brand: $b, input: $i) {{ {Fields} }} }}", new { b = brand, i = input }, acceptLanguage);

    private async Task<List<JsonElement>> IncidentsAsync(string brand, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        [.. (await app.GraphQL().QueryAsync($"query($b: String!, $f: DateTimeOffset, $t: DateTimeOffset) {{ incidents(brand: $b, from: $f, to: $t) {{ {Fields} }} }}", new { b = brand, f = from, t = to }))
            .Ok().GetProperty("incidents").EnumerateArray()];

    [Fact]
    public async Task An_incident_is_answered_when_its_clarification_is_first_published_and_its_response_time_is_computed()
    {
        var brand = await scene.BrandAsync();
        var clarification = await scene.DraftAsync(brand.Slug);
        var mentions = new[] { await MentionAsync(brand.Id, "a"), await MentionAsync(brand.Id, "b") };
        var detected = DateTimeOffset.UtcNow.AddHours(-2);
        var created = (await CreateAsync(brand.Slug, new { summary = "Tin đồn lễ hội bị hủy", severity = "HIGH", detectedAt = detected, clarification, mentions }))
            .Ok().GetProperty("createIncident");
        Assert.Equal(JsonValueKind.Null, created.GetProperty("answeredAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("responseSeconds").ValueKind);
        Assert.Equal(mentions.Order(), created.GetProperty("mentionIds").EnumerateArray().Select(m => m.GetGuid()));

        (await scene.PublishNowAsync(clarification)).Ok();
        var published = DateTimeOffset.UtcNow;

        var incident = Assert.Single(await IncidentsAsync(brand.Slug));
        Assert.InRange(incident.GetProperty("answeredAt").GetDateTimeOffset(), published.AddSeconds(-30), published);
        Assert.InRange(incident.GetProperty("responseSeconds").GetInt32(), 7200, 7230);
        Assert.StartsWith("PT2H", incident.GetProperty("responseTime").GetString());
    }

    [Fact]
    public async Task A_given_answer_time_gives_the_exact_response_time_and_the_year_is_counted_in_viet_nam()
    {
        var brand = await scene.BrandAsync();
        var answered = (await CreateAsync(brand.Slug, new
        {
            summary = "Answered by phone",
            severity = "LOW",
            detectedAt = DateTimeOffset.Parse("2025-11-01T00:00:00Z"),
            answeredAt = DateTimeOffset.Parse("2025-11-01T03:20:00Z"),
        })).Ok().GetProperty("createIncident");
        Assert.Equal(12_000, answered.GetProperty("responseSeconds").GetInt32());
        Assert.Equal("PT3H20M", answered.GetProperty("responseTime").GetString());

        // 31 December 18:00 UTC is 1 January 01:00 in Việt Nam: the next year's incident.
        (await CreateAsync(brand.Slug, new { summary = "New year's night", severity = "MEDIUM", detectedAt = DateTimeOffset.Parse("2025-12-31T18:00:00Z") })).Ok();

        await using var db = app.OpenDb();
        var of2025 = Assert.Single(await db.IncidentsOfYearAsync(brand.Id, 2025, CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(200), of2025.ResponseTime);
        Assert.Equal(0, of2025.MentionCount);
        var of2026 = Assert.Single(await db.IncidentsOfYearAsync(brand.Id, 2026, CancellationToken.None));
        Assert.Null(of2026.ResponseTime);
        Assert.Equal(Severity.Medium, of2026.Severity);

        Assert.Single(await IncidentsAsync(brand.Slug, DateTimeOffset.Parse("2025-12-01T00:00:00Z"), DateTimeOffset.Parse("2026-01-01T00:00:00Z")));
        Assert.Equal(["INVALID_DATE_RANGE"], (await app.GraphQL().QueryAsync($"{{ incidents(brand: \"{brand.Slug}\", from: \"2026-01-01T00:00:00Z\", to: \"2025-01-01T00:00:00Z\") {{ id }} }}")).ErrorCodes);
    }

    [Fact]
    public async Task Linking_a_clarification_published_before_the_detection_answers_the_incident_at_once_through_update()
    {
        var brand = await scene.BrandAsync();
        var clarification = await scene.DraftAsync(brand.Slug);
        (await scene.PublishNowAsync(clarification)).Ok();
        var detected = DateTimeOffset.UtcNow;
        var id = (await CreateAsync(brand.Slug, new { summary = "Seen again", severity = "HIGH", detectedAt = detected })).Ok().GetProperty("createIncident").GetProperty("id").GetGuid();
        var mention = await MentionAsync(brand.Id, "again");

        var updated = (await app.GraphQL().QueryAsync(
                $"mutation($id: ID!, $i: IncidentInput!) {{ updateIncident(id: $id, input: $i) {{ {Fields} }} }}",
                new { id, i = new { summary = "Seen again", severity = "HIGH", detectedAt = detected, clarification, mentions = new[] { mention } } }))
            .Ok().GetProperty("updateIncident");

        // The clarification went out before this detection (the claim came back): the answer is the detection itself.
        Assert.Equal(0, updated.GetProperty("responseSeconds").GetInt32());
        Assert.Equal(clarification, updated.GetProperty("clarificationId").GetGuid());
        Assert.Equal([mention], updated.GetProperty("mentionIds").EnumerateArray().Select(m => m.GetGuid()));
    }

    [Fact]
    public async Task Another_brands_or_forged_mention_and_clarification_ids_are_refused_and_nothing_is_recorded()
    {
        var brand = await scene.BrandAsync();
        var other = await scene.BrandAsync();
        var theirClarification = await scene.DraftAsync(other.Slug);
        var theirMention = await MentionAsync(other.Id, "theirs");
        var problems = ClarificationInputTests.Problems(await CreateAsync(brand.Slug, new
        {
            summary = "x",
            severity = "LOW",
            detectedAt = DateTimeOffset.UtcNow,
            clarification = theirClarification,
            mentions = new[] { theirMention, Guid.NewGuid() },
        }));

        Assert.Contains(("clarification", "REFERENCE"), problems);
        Assert.Equal(2, problems.Count(p => p == ("mentions", "REFERENCE")));
        Assert.Equal(["VALIDATION_FAILED"], (await CreateAsync(brand.Slug, new { summary = "x", severity = "LOW", detectedAt = DateTimeOffset.UtcNow, clarification = Guid.NewGuid() })).ErrorCodes);
        Assert.Empty(await IncidentsAsync(brand.Slug));

        var id = (await CreateAsync(other.Slug, new { summary = "theirs", severity = "LOW", detectedAt = DateTimeOffset.UtcNow })).Ok().GetProperty("createIncident").GetProperty("id").GetGuid();
        var editor = await Keys.CreateAsync(app, "editor of one brand", "EDITOR", brands: [brand.Slug]);
        var outOfScope = await app.GraphQL(editor).QueryAsync(
            "mutation($id: ID!) { updateIncident(id: $id, input: { summary: \"mine now\", severity: LOW, detectedAt: \"2026-01-01T00:00:00Z\" }) { id } }", new { id });
        Assert.Equal(["OUT_OF_SCOPE"], outOfScope.ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await CreateAsync(other.Slug, new { summary = "x", severity = "LOW", detectedAt = DateTimeOffset.UtcNow }, editor)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(
            "mutation($id: ID!) { updateIncident(id: $id, input: { summary: \"x\", severity: LOW, detectedAt: \"2026-01-01T00:00:00Z\" }) { id } }", new { id = Guid.NewGuid() })).ErrorCodes);
    }

    [Fact]
    public async Task Hostile_incident_input_is_refused_with_a_problem_per_field_in_the_callers_language()
    {
        var brand = await scene.BrandAsync();
        var response = await CreateAsync(brand.Slug, new
        {
            summary = "bad\u0007bell" + new string('x', Incident.SummaryMaxLength),
            severity = "HIGH",
            detectedAt = DateTimeOffset.UtcNow.AddDays(1),
            answeredAt = DateTimeOffset.UtcNow.AddDays(-1),
            mentions = Enumerable.Range(0, IncidentRules.MaxMentions + 1).Select(_ => Guid.NewGuid()).ToArray(),
        }, acceptLanguage: "vi");

        var problems = ClarificationInputTests.Problems(response);
        Assert.Contains(("summary", "MAX_LENGTH"), problems);
        Assert.Contains(("summary", "CONTROL_CHARACTER"), problems);
        Assert.Contains(("detectedAt", "NOT_IN_FUTURE"), problems);
        Assert.Contains(("answeredAt", "DATE_ORDER"), problems);
        Assert.Contains(("mentions", "RANGE"), problems);
        Assert.Contains("tương lai", ClarificationInputTests.Messages(response).Single(m => m.Field == "detectedAt").Message);
        Assert.Empty(await IncidentsAsync(brand.Slug));
    }
}
