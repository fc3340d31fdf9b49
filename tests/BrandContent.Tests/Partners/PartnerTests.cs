using System.Net;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Partners;

/// <summary>Partners and agreements: made by administrators, checked, audited; a partner key reads its own record and nothing else.</summary>
public sealed class PartnerTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Update = $"mutation($id: ID!, $v: Long, $i: PartnerInput!) {{ updatePartner(id: $id, expectedVersion: $v, input: $i) {{ {PartnerScene.PartnerFields} notes }} }}";
    private readonly PartnerScene scene = new(app);

    [Fact]
    public async Task An_administrator_creates_a_partner_and_an_agreement_and_reads_them_with_contacts()
    {
        var (brand, _) = await scene.BrandAsync();
        var created = (await app.GraphQL().QueryAsync(PartnerScene.CreatePartner, new
        {
            i = PartnerScene.PartnerInput(country: " jp ", markets: ["jp"], audiences: ["investors", "MEDIA"], notes: "  <b>not markup</b> kept as text  "),
        })).Ok().GetProperty("createPartner");
        Assert.Equal(("MISSION_ABROAD", "JP"), (created.GetProperty("type").GetString(), created.GetProperty("country").GetString()));
        Assert.Equal(["INVESTORS", "MEDIA"], created.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("<b>not markup</b> kept as text", created.GetProperty("notes").GetString());
        Assert.Equal("a.nguyen@example.org", created.GetProperty("contacts")[0].GetProperty("email").GetString());
        var id = created.GetProperty("id").GetGuid();

        var agreement = await scene.AgreementAsync(id, brand);
        var read = (await app.GraphQL().QueryAsync(
            "query($id: ID!) { partner(id: $id) { name(locale: \"ja\") contacts { name } agreements { id brands markets audiences status inForce } } }", new { id })).Ok().GetProperty("partner");
        Assert.Equal("在大阪ベトナム総領事館", read.GetProperty("name").GetString());
        Assert.Equal("Nguyễn Văn A", read.GetProperty("contacts")[0].GetProperty("name").GetString());
        var listed = read.GetProperty("agreements").EnumerateArray().Single();
        Assert.Equal(agreement, listed.GetProperty("id").GetGuid());
        Assert.Equal([brand.Slug], listed.GetProperty("brands").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(("ACTIVE", true), (listed.GetProperty("status").GetString(), listed.GetProperty("inForce").GetBoolean()));

        var all = (await app.GraphQL().QueryAsync("{ partners { id } }")).Ok().GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("id").GetGuid());
        Assert.Contains(id, all);

        await using var db = app.OpenDb();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.TargetId == id && a.Operation == "createPartner"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.TargetId == agreement && a.Operation == "createAgreement"));
    }

    [Fact]
    public async Task Updating_a_partner_with_a_stale_version_is_a_conflict()
    {
        var id = await scene.PartnerAsync();
        var version = (await app.GraphQL().QueryAsync("query($id: ID!) { partner(id: $id) { version } }", new { id })).Ok().GetProperty("partner").GetProperty("version").GetInt64();
        var updated = (await app.GraphQL().QueryAsync(Update, new { id, v = version, i = PartnerScene.PartnerInput(type: "INVESTMENT_PROMOTION", notes: null) })).Ok().GetProperty("updatePartner");
        Assert.Equal("INVESTMENT_PROMOTION", updated.GetProperty("type").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.GetProperty("notes").ValueKind);

        var stale = await app.GraphQL().QueryAsync(Update, new { id, v = version, i = PartnerScene.PartnerInput() });
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        var missing = await app.GraphQL().QueryAsync(Update, new { id = Guid.NewGuid(), i = PartnerScene.PartnerInput() });
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes);
    }

    [Fact]
    public async Task A_partner_key_reads_its_own_record_without_contacts_or_notes_and_nothing_of_other_partners()
    {
        var (brand, _) = await scene.BrandAsync();
        var (partner, agreement, key) = await scene.PartnerKeyAsync(brand);
        var other = await scene.PartnerAsync();

        var mine = (await app.GraphQL(key).QueryAsync("{ myPartner { id type agreements { id brands } } }")).Ok().GetProperty("myPartner");
        Assert.Equal(partner, mine.GetProperty("id").GetGuid());
        Assert.Equal(agreement, mine.GetProperty("agreements")[0].GetProperty("id").GetGuid());
        var byId = (await app.GraphQL(key).QueryAsync("query($id: ID!) { partner(id: $id) { id } }", new { id = partner })).Ok();
        Assert.Equal(partner, byId.GetProperty("partner").GetProperty("id").GetGuid());

        // Personal data and the office's notes: refused on the field, never served.
        var contacts = await app.GraphQL(key).QueryAsync("{ myPartner { id contacts { name email } notes } }");
        Assert.Equal(["FORBIDDEN", "FORBIDDEN"], contacts.ErrorCodes);
        Assert.DoesNotContain("a.nguyen@example.org", contacts.Body.GetRawText());
        Assert.DoesNotContain("Phối hợp", contacts.Body.GetRawText());

        // Another partner's id is answered like an id that names nothing: a key cannot learn which partners exist.
        foreach (var id in new[] { other, Guid.NewGuid() })
        {
            var refused = await app.GraphQL(key).QueryAsync("query($id: ID!) { partner(id: $id) { id name } }", new { id });
            Assert.Equal(["NOT_FOUND"], refused.ErrorCodes);
        }

        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(key).QueryAsync("{ partners { id } }")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(key).QueryAsync(PartnerScene.CreatePartner, new { i = PartnerScene.PartnerInput() })).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(key).QueryAsync("mutation($a: ID!) { endAgreement(id: $a) { id } }", new { a = agreement })).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await app.GraphQL(key).QueryAsync(PartnerScene.IssueKey, new { a = agreement, n = "more" })).ErrorCodes);
    }

    [Fact]
    public async Task A_partner_keys_scope_is_its_agreements_brands_and_markets()
    {
        var (brand, _) = await scene.BrandAsync();
        var (other, _) = await scene.BrandAsync();
        var (_, _, key) = await scene.PartnerKeyAsync(brand);
        var keys = (await app.GraphQL().QueryAsync("{ apiKeys { role brands markets name } }")).Ok().GetProperty("apiKeys").EnumerateArray();
        Assert.Contains(keys, k => k.GetProperty("role").GetString() == "PARTNER" && k.GetProperty("brands").EnumerateArray().Select(b => b.GetGuid()).SequenceEqual([brand.Id]));

        var outOfScope = await app.GraphQL(key).QueryAsync("query($b: String!) { keyMessages(brand: $b, market: \"JP\") { headline } }", new { b = other.Slug });
        Assert.Equal(["OUT_OF_SCOPE"], outOfScope.ErrorCodes);
        var otherMarket = await app.GraphQL(key).QueryAsync("query($b: String!) { keyMessages(brand: $b, market: \"KR\") { headline } }", new { b = brand.Slug });
        Assert.Equal(["OUT_OF_SCOPE"], otherMarket.ErrorCodes);
        (await app.GraphQL(key).QueryAsync("query($b: String!) { keyMessages(brand: $b, market: \"JP\") { headline } }", new { b = brand.Slug })).Ok();
    }

    [Fact]
    public async Task Hostile_partner_input_is_refused_field_by_field_and_nothing_is_saved()
    {
        var response = await app.GraphQL().QueryAsync(PartnerScene.CreatePartner, new
        {
            i = new
            {
                names = new[] { new { locale = "vi", text = "<script>alert(1)</script>" }, new { locale = "not a tag", text = "x" }, new { locale = "en", text = "Tab\u0007bell" } },
                type = "KOL",
                country = "JPN",
                markets = new[] { "ATLANTIS" },
                audiences = new[] { "ALIENS" },
                contacts = new object[]
                {
                    new { name = "Ann <img src=x>", email = "not-an-email" },
                    new { name = "Bob", email = "Bob <bob@example.org>" },
                    new { name = "Eve", email = "eve@example.org\r\nBcc: x@example.org" },
                },
                notes = "ghi chú\u0007",
            },
        });
        var problems = XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)).ToList();
        Assert.Contains(("names.vi", "FORMAT"), problems);
        Assert.Contains(("names.locale", "LOCALE_TAG"), problems);
        Assert.Contains(("names.en", "FORMAT"), problems);
        Assert.Contains(("country", "FORMAT"), problems);
        Assert.Contains(("markets", "REFERENCE"), problems);
        Assert.Contains(("audiences", "REFERENCE"), problems);
        Assert.Contains(("contacts[0].name", "FORMAT"), problems);
        Assert.Contains(("contacts[0].email", "FORMAT"), problems);
        Assert.Contains(("contacts[1].email", "FORMAT"), problems);
        Assert.Contains(("contacts[2].email", "FORMAT"), problems);
        Assert.Contains(("notes", "CONTROL_CHARACTER"), problems);

        var huge = await app.GraphQL().QueryAsync(PartnerScene.CreatePartner, new
        {
            i = PartnerScene.PartnerInput(name: new string('a', 10_000), notes: new string('b', 100_000), contacts: [.. Enumerable.Range(0, 21).Select(n => new { name = $"n{n}", email = $"n{n}@example.org" })]),
        });
        Assert.Equal([("contacts", "RANGE"), ("names.vi", "MAX_LENGTH"), ("notes", "MAX_LENGTH")], XliffFiles.Problems(huge).Select(p => (p.Field, p.Rule)).Order());

        // A NUL cannot be stored at all: refused before any resolver, naming the argument's field.
        var nul = await app.GraphQL().QueryAsync(PartnerScene.CreatePartner, new { i = PartnerScene.PartnerInput(notes: "ghi chú\u0000") });
        Assert.Equal([("input.notes", "INVALID_CHARACTER")], XliffFiles.Problems(nul).Select(p => (p.Field, p.Rule)));

        var vietnamese = await app.GraphQL().QueryAsync(PartnerScene.CreatePartner, new { i = PartnerScene.PartnerInput(country: "??") }, acceptLanguage: "vi");
        Assert.Equal(["VALIDATION_FAILED"], vietnamese.ErrorCodes);
        Assert.StartsWith("Dữ liệu nhập không hợp lệ", vietnamese.Errors[0].GetProperty("message").GetString());

        await using var db = app.OpenDb();
        Assert.False(await db.Partners.AnyAsync(p => p.Country == "JPN" || p.Notes!.StartsWith("bbb")));
    }

    [Fact]
    public async Task An_agreement_refuses_forged_ids_another_brands_event_and_a_missing_period()
    {
        var (brand, tied) = await scene.BrandAsync();
        var (_, otherEvent) = await scene.BrandAsync();
        var partner = await scene.PartnerAsync();

        var forged = await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new { i = new { partnerId = Guid.NewGuid(), brands = new[] { brand.Slug }, startsOn = "2026-01-01", endsOn = "2026-02-01" } });
        Assert.Equal(["NOT_FOUND"], forged.ErrorCodes);
        var notAnId = await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new { i = new { partnerId = "1 OR 1=1", brands = new[] { brand.Slug } } });
        Assert.NotEmpty(notAnId.ErrorCodes);
        Assert.NotEqual(HttpStatusCode.InternalServerError, notAnId.Status);

        var bad = await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new
        {
            i = new { partnerId = partner, brands = new[] { brand.Slug, "no-such-brand" }, markets = new[] { "ATLANTIS" }, audiences = new[] { "ALIENS" }, eventId = otherEvent.Id },
        });
        var problems = XliffFiles.Problems(bad).Select(p => (p.Field, p.Rule)).ToList();
        Assert.Equal([("audiences", "REFERENCE"), ("brands", "REFERENCE"), ("eventId", "REFERENCE"), ("markets", "REFERENCE")], problems.Order());

        var noPeriod = await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new { i = new { partnerId = partner, brands = new[] { brand.Slug }, startsOn = "2026-01-01" } });
        Assert.Equal([("endsOn", "REQUIRED")], XliffFiles.Problems(noPeriod).Select(p => (p.Field, p.Rule)));
        var reversed = await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new { i = new { partnerId = partner, brands = new[] { brand.Slug }, startsOn = "2026-02-01", endsOn = "2026-01-01" } });
        Assert.Equal([("endsOn", "DATE_ORDER")], XliffFiles.Problems(reversed).Select(p => (p.Field, p.Rule)));
        var noBrand = await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new { i = new { partnerId = partner, brands = Array.Empty<string>(), startsOn = "2026-01-01", endsOn = "2026-02-01" } });
        Assert.Equal([("brands", "RANGE")], XliffFiles.Problems(noBrand).Select(p => (p.Field, p.Rule)));

        // Tied to its own brand's event, the agreement takes the event's dates.
        var byEvent = (await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new { i = new { partnerId = partner, brands = new[] { brand.Slug }, eventId = tied.Id } }))
            .Ok().GetProperty("createAgreement");
        Assert.Equal(("2026-12-08", "2026-12-09"), (byEvent.GetProperty("startsOn").GetString(), byEvent.GetProperty("endsOn").GetString()));
        Assert.Equal(tied.Id, byEvent.GetProperty("eventId").GetGuid());
    }
}
