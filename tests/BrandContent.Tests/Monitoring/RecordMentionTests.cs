using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Monitoring;

/// <summary>recordMention: one mention at a time, its URL normalized and unique, its brands and pillars within the key's reach.</summary>
public sealed class RecordMentionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Record =
        "mutation($b: String!, $also: [String!], $i: MentionInput!) { recordMention(brand: $b, alsoBrands: $also, input: $i) { id url market language sentiment falseInformation brands pillars headline } }";

    private static object Input(string url, Guid[]? pillars = null, string outlet = "Korea Herald Travel", string market = "kr") => new
    {
        publishedAt = "2026-03-01T08:00:00+07:00",
        outlet,
        url,
        market,
        language = "KO",
        reach = 25000,
        sentiment = "NEGATIVE",
        falseInformation = true,
        pillars,
        headline = "Rumour about the gong festival",
    };

    [Fact]
    public async Task A_mention_is_recorded_with_its_brands_and_pillars_and_the_same_article_twice_is_refused()
    {
        var (brand, pillar) = await MonitoringScene.BrandAsync(app);
        var (other, _) = await MonitoringScene.BrandAsync(app);
        var path = Guid.NewGuid().ToString("N");

        var mention = (await app.GraphQL().QueryAsync(Record, new { b = brand.Slug, also = new[] { other.Slug }, i = Input($"HTTPS://News.Example:443/{path}?utm_medium=x#p", [pillar.Id]) }))
            .Ok().GetProperty("recordMention");

        Assert.Equal($"https://news.example/{path}", mention.GetProperty("url").GetString());
        Assert.Equal(("KR", "ko", "NEGATIVE", true), (mention.GetProperty("market").GetString(), mention.GetProperty("language").GetString(), mention.GetProperty("sentiment").GetString(), mention.GetProperty("falseInformation").GetBoolean()));
        Assert.Equal([brand.Slug, other.Slug], mention.GetProperty("brands").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["gong"], mention.GetProperty("pillars").EnumerateArray().Select(p => p.GetString()));

        var again = await app.GraphQL().QueryAsync(Record, new { b = other.Slug, i = Input($"https://news.example/{path}") });
        Assert.Equal([("url", "MENTION_RECORDED")], XliffFiles.Problems(again).Select(p => (p.Field, p.Rule)));

        await using var db = app.OpenDb();
        Assert.Equal("recordMention", await db.AuditEntries.Where(a => a.TargetKind == "Mention" && a.TargetId == mention.GetProperty("id").GetGuid()).Select(a => a.Operation).SingleAsync());
    }

    [Fact]
    public async Task Another_brands_pillar_or_brand_is_refused()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var (other, otherPillar) = await MonitoringScene.BrandAsync(app);

        var foreignPillar = await app.GraphQL().QueryAsync(Record, new { b = brand.Slug, i = Input($"https://a.example/{Guid.NewGuid():N}", [otherPillar.Id]) });
        Assert.Equal([("pillars", "REFERENCE")], XliffFiles.Problems(foreignPillar).Select(p => (p.Field, p.Rule)));

        var editor = await Keys.CreateAsync(app, "brand editor", "EDITOR", brands: [brand.Slug]);
        var client = app.GraphQL(editor);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(Record, new { b = other.Slug, i = Input($"https://b.example/{Guid.NewGuid():N}") })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(Record, new { b = brand.Slug, also = new[] { other.Slug }, i = Input($"https://c.example/{Guid.NewGuid():N}") })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(MonitoringScene.List, new { b = other.Slug })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(MonitoringScene.Import, new { b = other.Slug, csv = MonitoringScene.Header })).ErrorCodes);

        await using var db = app.OpenDb();
        Assert.False(await db.Mentions.AnyAsync(m => m.BrandIds.Contains(other.Id)));
    }

    [Fact]
    public async Task Hostile_values_are_refused_field_by_field()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);

        var response = await app.GraphQL().QueryAsync(Record, new { b = brand.Slug, i = Input("ftp://files.example/x", outlet: "+SUM(A1)<b>", market: "Atlantis") });

        Assert.Equal([("outlet", "MARKUP"), ("url", "URL"), ("market", "REFERENCE")], XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)));
    }
}
