using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Partners;

/// <summary>The demo has five partners of different types from the seed plans, each with an agreement, and no keys of theirs.</summary>
public sealed class DemoPartnerTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task The_demo_has_five_partners_of_different_types_each_with_an_agreement_in_force_or_tied_to_an_event()
    {
        var partners = (await app.GraphQL().QueryAsync("{ partners { type country agreements { brands markets audiences eventId startsOn endsOn } } }"))
            .Ok().GetProperty("partners").EnumerateArray().ToList();
        var types = partners.Select(p => p.GetProperty("type").GetString()).ToList();
        foreach (var type in new[] { "MISSION_ABROAD", "FRIENDSHIP_ASSOCIATION", "NEWS_AGENCY", "KOL", "OVERSEAS_COMMUNITY" })
        {
            Assert.Contains(type, types);
        }

        Assert.All(partners, p => Assert.Single(p.GetProperty("agreements").EnumerateArray()));
        var mission = partners.Single(p => p.GetProperty("type").GetString() == "MISSION_ABROAD").GetProperty("agreements")[0];
        Assert.Equal(["dong-nai"], mission.GetProperty("brands").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["INVESTORS"], mission.GetProperty("audiences").EnumerateArray().Select(b => b.GetString()));
        var press = partners.Single(p => p.GetProperty("type").GetString() == "NEWS_AGENCY").GetProperty("agreements")[0];
        Assert.Equal(("2026-11-13", "2026-11-15"), (press.GetProperty("startsOn").GetString(), press.GetProperty("endsOn").GetString()));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, press.GetProperty("eventId").ValueKind);

        var keys = (await app.GraphQL().QueryAsync("{ apiKeys { role } }")).Ok().GetProperty("apiKeys").EnumerateArray();
        Assert.DoesNotContain(keys, k => k.GetProperty("role").GetString() == "PARTNER");
    }
}
