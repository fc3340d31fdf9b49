using System.Text.Json;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Clarifications;

/// <summary>
/// The demo is coherent: each demo incident ties the false-information coverage of its brand that carried the claim,
/// published before the incident was detected, so the response-time indicator has a real figure.
/// </summary>
public sealed class DemoIncidentTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task Every_demo_incident_ties_a_false_information_mention_of_its_brand_published_before_detection()
    {
        var brands = (await app.GraphQL().QueryAsync("{ brands { slug } }")).Ok().GetProperty("brands").EnumerateArray().Select(b => b.GetProperty("slug").GetString()!).ToList();
        var checkedIncidents = 0;
        foreach (var brand in brands)
        {
            var incidents = (await app.GraphQL().QueryAsync("query($b: String!) { incidents(brand: $b) { id detectedAt mentionIds recordedBy } }", new { b = brand }))
                .Ok().GetProperty("incidents").EnumerateArray().Where(i => i.GetProperty("recordedBy").GetString() == "demo").ToList();
            foreach (var incident in incidents)
            {
                var detectedAt = incident.GetProperty("detectedAt").GetDateTimeOffset();
                var linked = incident.GetProperty("mentionIds").EnumerateArray().Select(m => m.GetGuid()).ToHashSet();
                var mentions = await MentionsAsync(brand, detectedAt.AddDays(-30));
                var carried = mentions.Where(m => linked.Contains(m.GetProperty("id").GetGuid())).ToList();
                Assert.Contains(carried, m =>
                    m.GetProperty("falseInformation").GetBoolean()
                    && m.GetProperty("brands").EnumerateArray().Any(b => b.GetString() == brand)
                    && m.GetProperty("publishedAt").GetDateTimeOffset() < detectedAt);
                checkedIncidents++;
            }
        }

        Assert.Equal(2, checkedIncidents);
    }

    [Fact]
    public async Task The_demo_false_information_is_what_the_incidents_answer_and_gia_lai_answered_in_an_hour_and_a_half()
    {
        // Every demo mention flagged false information is carried by an incident: no stray flags in other months.
        var linked = (await app.GraphQL().QueryAsync("{ incidents(brand: \"gia-lai\") { mentionIds } }"))
            .Ok().GetProperty("incidents").EnumerateArray().SelectMany(i => i.GetProperty("mentionIds").EnumerateArray().Select(m => m.GetGuid())).ToHashSet();
        var flagged = (await MentionsAsync("gia-lai", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), all: true))
            .Where(m => m.GetProperty("falseInformation").GetBoolean()).Select(m => m.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.All(flagged, id => Assert.Contains(id, linked));

        var response = Assert.Single(
            (await app.GraphQL().QueryAsync("{ kpis(brand: \"gia-lai\", year: 2026) { code value unit status } }")).Ok().GetProperty("kpis").EnumerateArray(),
            k => k.GetProperty("code").GetString() == "INCIDENT_RESPONSE_MEDIAN");
        Assert.Equal(1.5, response.GetProperty("value").GetDouble());
        Assert.Equal("hours", response.GetProperty("unit").GetString());
        Assert.Equal("ON_TRACK", response.GetProperty("status").GetString());
    }

    private async Task<List<JsonElement>> MentionsAsync(string brand, DateTimeOffset from, bool all = false)
    {
        var found = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = (await app.GraphQL().QueryAsync(
                    "query($b: String!, $f: DateTimeOffset, $a: String) { mentions(brand: $b, from: $f, first: 200, after: $a) { edges { node { id brands falseInformation publishedAt } } pageInfo { hasNextPage endCursor } } }",
                    new { b = brand, f = from, a = after }))
                .Ok().GetProperty("mentions");
            found.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")));
            after = all && page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return found;
    }
}
