using System.Text.Json;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Campaigns;

/// <summary>Campaigns group a brand's posts, stories and events: written by its editors, checked, audited, read by partners.</summary>
public sealed class CampaignTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Fields = "id name names { name value } goal markets { code } startsOn endsOn status version archivedAt";
    private const string Create = $"mutation($b: String!, $i: CampaignInput!) {{ createCampaign(brand: $b, input: $i) {{ {Fields} }} }}";
    private const string Update = $"mutation($id: ID!, $v: Long, $i: CampaignInput!) {{ updateCampaign(id: $id, expectedVersion: $v, input: $i) {{ {Fields} }} }}";
    private const string Archive = "mutation($id: ID!, $a: Boolean) { archiveCampaign(id: $id, archived: $a) { id archivedAt } }";
    private const string List = "query($b: String!, $m: String, $s: CampaignStatus, $l: String) { campaigns(brand: $b, market: $m, status: $s, locale: $l) { id name status } }";

    private readonly PostScene scene = new(app);

    private static object Input(
        string name = "Mùa hoa dã quỳ", string? goal = "Thu hút khách Hàn Quốc", string[]? markets = null, string startsOn = "2026-11-01", string endsOn = "2026-11-30",
        string? status = null, Guid[]? stories = null, Guid[]? events = null, string? korean = "야생 해바라기 시즌") =>
        new
        {
            names = korean is null ? new[] { new { locale = "vi", text = name } } : [new { locale = "vi", text = name }, new { locale = "ko", text = korean }],
            goal,
            markets = markets ?? ["KR"],
            startsOn,
            endsOn,
            status,
            stories,
            events,
        };

    [Fact]
    public async Task A_campaign_is_created_changed_archived_and_audited_by_the_brands_editor()
    {
        var brand = await scene.BrandAsync();
        var created = (await app.GraphQL().QueryAsync(Create, new { b = brand.Slug, i = Input(markets: ["kr", "JP"]) })).Ok().GetProperty("createCampaign");
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(("Mùa hoa dã quỳ", "PLANNED"), (created.GetProperty("name").GetString(), created.GetProperty("status").GetString()));
        Assert.Equal(["KR", "JP"], created.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("code").GetString()));

        var version = created.GetProperty("version").GetInt64();
        var updated = (await app.GraphQL().QueryAsync(Update, new { id, v = version, i = Input(status: "ACTIVE", goal: "Tăng 20% khách Hàn") })).Ok().GetProperty("updateCampaign");
        Assert.Equal(("ACTIVE", "Tăng 20% khách Hàn"), (updated.GetProperty("status").GetString(), updated.GetProperty("goal").GetString()));

        var stale = await app.GraphQL().QueryAsync(Update, new { id, v = version, i = Input() });
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);

        (await app.GraphQL().QueryAsync(Archive, new { id, a = true })).Ok();
        Assert.Empty((await app.GraphQL().QueryAsync(List, new { b = brand.Slug })).Ok().GetProperty("campaigns").EnumerateArray());
        Assert.Equal(["ARCHIVED"], (await app.GraphQL().QueryAsync(Update, new { id, i = Input() })).ErrorCodes);
        (await app.GraphQL().QueryAsync(Archive, new { id, a = false })).Ok();
        Assert.Single((await app.GraphQL().QueryAsync(List, new { b = brand.Slug })).Ok().GetProperty("campaigns").EnumerateArray());

        await using var db = app.OpenDb();
        var audit = await db.AuditEntries.Where(a => a.TargetKind == "Campaign" && a.TargetId == id).OrderBy(a => a.At).Select(a => a.Operation).ToListAsync();
        Assert.Equal(["createCampaign", "updateCampaign", "archiveCampaign", "archiveCampaign"], audit);
    }

    [Fact]
    public async Task Campaigns_are_listed_by_market_and_status_with_their_name_in_the_chain_and_their_posts_stories_and_events()
    {
        var brand = await scene.BrandAsync();
        var client = app.GraphQL();
        var korea = (await client.QueryAsync(Create, new { b = brand.Slug, i = Input(stories: [brand.Story.Id], events: [brand.Event.Id]) })).Ok().GetProperty("createCampaign").GetProperty("id").GetGuid();
        (await client.QueryAsync(Create, new { b = brand.Slug, i = Input(name: "Nhật Bản", markets: ["JP"], startsOn: "2026-12-01", endsOn: "2026-12-31", status: "ACTIVE", korean: null) })).Ok();
        (await client.QueryAsync(Create, new { b = brand.Slug, i = Input(name: "Mọi thị trường", markets: [], startsOn: "2027-01-01", endsOn: "2027-01-31", korean: null) })).Ok();
        var post = PostScene.Post(brand, "campaign post", ["x"], ["KR"], 0, "vi");
        post.CampaignId = korea;
        await using (var db = app.OpenDb())
        {
            db.Add(post);
            await db.SaveChangesAsync();
        }

        List<string> Names(JsonElement data) => [.. data.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];
        Assert.Equal(["Mùa hoa dã quỳ", "Nhật Bản", "Mọi thị trường"], Names((await client.QueryAsync(List, new { b = brand.Slug })).Ok()));
        Assert.Equal(["야생 해바라기 시즌", "Mọi thị trường"], Names((await client.QueryAsync(List, new { b = brand.Slug, m = "KR" })).Ok()));
        Assert.Equal(["Nhật Bản"], Names((await client.QueryAsync(List, new { b = brand.Slug, s = "ACTIVE" })).Ok()));

        var one = (await client.QueryAsync(
            "query($id: ID!) { campaign(id: $id, locale: \"ko\") { name posts { text } stories { title } events { name } brand { slug } } }", new { id = korea }))
            .Ok().GetProperty("campaign");
        Assert.Equal("야생 해바라기 시즌", one.GetProperty("name").GetString());
        Assert.Equal(["campaign post vi"], one.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.Equal(["s1 vi"], one.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        Assert.Single(one.GetProperty("events").EnumerateArray());
        Assert.Equal(brand.Slug, one.GetProperty("brand").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Bad_input_forged_ids_and_another_brands_stories_and_events_are_refused_in_one_error()
    {
        var brand = await scene.BrandAsync();
        var other = await scene.BrandAsync();

        var response = await app.GraphQL().QueryAsync(Create, new
        {
            b = brand.Slug,
            i = new
            {
                names = new[] { new { locale = "ko", text = "이름" }, new { locale = "not a tag", text = "x" } },
                goal = "Mục tiêu\u0008",
                markets = new[] { "ATLANTIS" },
                startsOn = "2026-12-01",
                endsOn = "2026-11-01",
                stories = new[] { other.Story.Id, Guid.NewGuid() },
                events = new[] { other.Event.Id },
            },
        });
        var problems = XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)).ToList();
        Assert.Contains(("names.vi", "REQUIRED"), problems);
        Assert.Contains(("names.locale", "LOCALE_TAG"), problems);
        Assert.Contains(("goal", "CONTROL_CHARACTER"), problems);
        Assert.Contains(("markets", "REFERENCE"), problems);
        Assert.Contains(("endsOn", "DATE_ORDER"), problems);
        Assert.Equal(2, problems.Count(p => p == ("stories", "REFERENCE")));
        Assert.Contains(("events", "REFERENCE"), problems);

        var huge = await app.GraphQL().QueryAsync(Create, new { b = brand.Slug, i = Input(name: new string('a', 10_000), goal: new string('b', 100_000)) });
        Assert.Equal([("goal", "MAX_LENGTH"), ("names.vi", "MAX_LENGTH")], XliffFiles.Problems(huge).Select(p => (p.Field, p.Rule)).Order());

        await using var db = app.OpenDb();
        Assert.False(await db.Campaigns.AnyAsync(c => c.BrandId == brand.Brand.Id));
    }

    [Fact]
    public async Task Markup_in_a_campaign_is_kept_as_plain_text()
    {
        var brand = await scene.BrandAsync();
        const string Goal = "<img src=x onerror=alert(1)> & \"quotes\"";
        var created = (await app.GraphQL().QueryAsync(Create, new { b = brand.Slug, i = Input(name: "<b>Chiến dịch</b>", goal: Goal) })).Ok().GetProperty("createCampaign");
        Assert.Equal(("<b>Chiến dịch</b>", Goal), (created.GetProperty("name").GetString(), created.GetProperty("goal").GetString()));
    }

    [Fact]
    public async Task Only_the_brands_editors_write_campaigns_and_partners_read_them_within_their_scope()
    {
        var brand = await scene.BrandAsync();
        var other = await scene.BrandAsync();
        var id = (await app.GraphQL().QueryAsync(Create, new { b = brand.Slug, i = Input() })).Ok().GetProperty("createCampaign").GetProperty("id").GetGuid();

        var otherEditor = app.GraphQL(await Keys.CreateAsync(app, "campaign editor elsewhere", "EDITOR", brands: [other.Slug]));
        Assert.Equal(["OUT_OF_SCOPE"], (await otherEditor.QueryAsync(Create, new { b = brand.Slug, i = Input() })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await otherEditor.QueryAsync(Update, new { id, i = Input(status: "CANCELLED") })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await otherEditor.QueryAsync(Archive, new { id })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await otherEditor.QueryAsync("query($id: ID!) { campaign(id: $id) { id } }", new { id })).ErrorCodes);

        var ownEditor = app.GraphQL(await Keys.CreateAsync(app, "campaign editor", "EDITOR", brands: [brand.Slug]));
        (await ownEditor.QueryAsync(Update, new { id, i = Input(status: "ACTIVE") })).Ok();

        foreach (var role in new[] { "PUBLIC", "PARTNER", "TRANSLATOR", "REVIEWER" })
        {
            var client = app.GraphQL(await Keys.CreateAsync(app, $"campaign {role}", role));
            Assert.Equal(["FORBIDDEN"], (await client.QueryAsync(Update, new { id, i = Input(status: "CANCELLED") })).ErrorCodes);
            Assert.Equal(["FORBIDDEN"], (await client.QueryAsync(Archive, new { id })).ErrorCodes);
        }

        var japan = app.GraphQL(await Keys.CreateAsync(app, "campaign partner japan", "PARTNER", markets: ["JP"]));
        Assert.Empty((await japan.QueryAsync(List, new { b = brand.Slug })).Ok().GetProperty("campaigns").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, (await japan.QueryAsync("query($id: ID!) { campaign(id: $id) { id } }", new { id })).Ok().GetProperty("campaign").ValueKind);

        var korea = app.GraphQL(await Keys.CreateAsync(app, "campaign partner korea", "PARTNER", markets: ["KR"]));
        Assert.Equal("ACTIVE", (await korea.QueryAsync(List, new { b = brand.Slug })).Ok().GetProperty("campaigns")[0].GetProperty("status").GetString());

        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(Update, new { id = Guid.NewGuid(), i = Input() })).ErrorCodes);
    }

    [Fact]
    public async Task A_change_to_a_campaign_is_seen_at_once_by_a_reader_whose_answer_was_cached()
    {
        await app.ListeningAsync();
        var brand = await scene.BrandAsync();
        var id = (await app.GraphQL().QueryAsync(Create, new { b = brand.Slug, i = Input() })).Ok().GetProperty("createCampaign").GetProperty("id").GetGuid();
        var partner = app.GraphQL(await Keys.CreateAsync(app, "campaign cache partner", "PARTNER"));
        var first = await partner.QueryAsync(List, new { b = brand.Slug });
        Assert.Equal("PLANNED", first.Ok().GetProperty("campaigns")[0].GetProperty("status").GetString());

        (await app.GraphQL().QueryAsync(Update, new { id, i = Input(status: "COMPLETED") })).Ok();
        Assert.Equal("COMPLETED", (await partner.QueryAsync(List, new { b = brand.Slug })).Ok().GetProperty("campaigns")[0].GetProperty("status").GetString());
    }
}
