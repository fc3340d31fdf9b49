using System.Net;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Partners;

/// <summary>A partner's keys work only while their agreement is in force: ended, suspended or outside its period, they are refused with AGREEMENT_ENDED.</summary>
public sealed class AgreementKeyTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string End = "mutation($id: ID!, $r: String) { endAgreement(id: $id, reason: $r) { status inForce endedAt endReason } }";
    private const string Read = "query($b: String!) { keyMessages(brand: $b, market: \"JP\") { headline } }";
    private readonly PartnerScene scene = new(app);

    [Fact]
    public async Task An_ended_agreement_refuses_its_key_at_once_also_on_a_second_server_whatever_the_keys_own_expiry()
    {
        var (brand, _) = await scene.BrandAsync();
        var partner = await scene.PartnerAsync();
        var agreement = await scene.AgreementAsync(partner, brand);
        var key = await scene.KeyAsync(agreement, expiresAt: DateTimeOffset.UtcNow.AddYears(50));
        await using var twin = app.Twin();
        await twin.InitializeAsync();

        // Both servers know the key (its identity is kept for 15 s) before the agreement ends.
        (await app.GraphQL(key).QueryAsync(Read, new { b = brand.Slug })).Ok();
        (await twin.GraphQL(key).QueryAsync(Read, new { b = brand.Slug })).Ok();

        var ended = (await app.GraphQL().QueryAsync(End, new { id = agreement, r = "Hết nhiệm kỳ" })).Ok().GetProperty("endAgreement");
        Assert.Equal(("ENDED", false, "Hết nhiệm kỳ"), (ended.GetProperty("status").GetString(), ended.GetProperty("inForce").GetBoolean(), ended.GetProperty("endReason").GetString()));

        var here = await app.GraphQL(key).QueryAsync(Read, new { b = brand.Slug });
        Assert.Equal(HttpStatusCode.Unauthorized, here.Status);
        Assert.Equal(["AGREEMENT_ENDED"], here.ErrorCodes);

        // Well within the identity cache's 15 s: the change bus made the twin forget the key.
        await Poll.UntilAsync(async () => (await twin.GraphQL(key).QueryAsync(Read, new { b = brand.Slug })).ErrorCodes.SequenceEqual(["AGREEMENT_ENDED"]), seconds: 5);

        var vietnamese = await twin.GraphQL(key).QueryAsync(Read, new { b = brand.Slug }, acceptLanguage: "vi");
        Assert.Equal(HttpStatusCode.Unauthorized, vietnamese.Status);
        Assert.StartsWith("Thỏa thuận đối tác", vietnamese.Errors[0].GetProperty("message").GetString());

        // Ended is for good: no resuming, no new keys.
        Assert.Equal(["INVALID_TRANSITION"], (await app.GraphQL().QueryAsync("mutation($id: ID!) { resumeAgreement(id: $id) { status } }", new { id = agreement })).ErrorCodes);
        Assert.Equal(["INVALID_TRANSITION"], (await app.GraphQL().QueryAsync(End, new { id = agreement })).ErrorCodes);
        Assert.Equal(["AGREEMENT_ENDED"], (await app.GraphQL().QueryAsync(PartnerScene.IssueKey, new { a = agreement, n = "again" })).ErrorCodes);

        await using var db = app.OpenDb();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.TargetId == agreement && a.Operation == "endAgreement" && a.Actor != ""));
    }

    [Fact]
    public async Task A_suspended_agreement_refuses_its_key_until_it_is_resumed()
    {
        var (brand, _) = await scene.BrandAsync();
        var (_, agreement, key) = await scene.PartnerKeyAsync(brand);
        (await app.GraphQL(key).QueryAsync(Read, new { b = brand.Slug })).Ok();

        var suspended = (await app.GraphQL().QueryAsync("mutation($id: ID!) { suspendAgreement(id: $id, reason: \"Rà soát\") { status } }", new { id = agreement })).Ok();
        Assert.Equal("SUSPENDED", suspended.GetProperty("suspendAgreement").GetProperty("status").GetString());
        Assert.Equal(["AGREEMENT_ENDED"], (await app.GraphQL(key).QueryAsync(Read, new { b = brand.Slug })).ErrorCodes);
        Assert.Equal(["AGREEMENT_ENDED"], (await app.GraphQL(key).QueryAsync("{ myPartner { id } }")).ErrorCodes);

        (await app.GraphQL().QueryAsync("mutation($id: ID!) { resumeAgreement(id: $id) { status } }", new { id = agreement })).Ok();
        (await app.GraphQL(key).QueryAsync(Read, new { b = brand.Slug })).Ok();
    }

    [Fact]
    public async Task A_key_is_refused_outside_its_agreements_period()
    {
        var (brand, _) = await scene.BrandAsync();
        var partner = await scene.PartnerAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Not yet: a key may be issued in advance, and works from the first day.
        var future = await scene.AgreementAsync(partner, brand, startsOn: today.AddDays(2).ToString("O"), endsOn: today.AddDays(30).ToString("O"));
        var early = await scene.KeyAsync(future);
        Assert.Equal(["AGREEMENT_ENDED"], (await app.GraphQL(early).QueryAsync(Read, new { b = brand.Slug })).ErrorCodes);

        // Over: the period's last day has passed (set in the database, as the calendar would).
        var current = await scene.AgreementAsync(partner, brand);
        var late = await scene.KeyAsync(current, expiresAt: DateTimeOffset.UtcNow.AddYears(10));
        await using (var db = app.OpenDb())
        {
            await db.Agreements.Where(a => a.Id == current).ExecuteUpdateAsync(a => a
                .SetProperty(x => x.StartsOn, today.AddDays(-30)).SetProperty(x => x.EndsOn, today.AddDays(-1)));
        }

        var refused = await app.GraphQL(late).QueryAsync(Read, new { b = brand.Slug });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["AGREEMENT_ENDED"], refused.ErrorCodes);
        Assert.Equal(["AGREEMENT_ENDED"], (await app.GraphQL().QueryAsync(PartnerScene.IssueKey, new { a = current, n = "too late" })).ErrorCodes);
    }

    [Fact]
    public async Task Ending_checks_its_reason_and_names_no_agreement_that_does_not_exist()
    {
        var (brand, _) = await scene.BrandAsync();
        var (_, agreement, key) = await scene.PartnerKeyAsync(brand);
        var bad = await app.GraphQL().QueryAsync(End, new { id = agreement, r = "lý do\u001b[31m" });
        Assert.Equal([("reason", "CONTROL_CHARACTER")], XliffFiles.Problems(bad).Select(p => (p.Field, p.Rule)));
        var huge = await app.GraphQL().QueryAsync(End, new { id = agreement, r = new string('x', 5_000) });
        Assert.Equal([("reason", "MAX_LENGTH")], XliffFiles.Problems(huge).Select(p => (p.Field, p.Rule)));
        (await app.GraphQL(key).QueryAsync(Read, new { b = brand.Slug })).Ok();

        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(End, new { id = Guid.NewGuid() })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(PartnerScene.IssueKey, new { a = Guid.NewGuid(), n = "x" })).ErrorCodes);
        var unnamed = await app.GraphQL().QueryAsync(PartnerScene.IssueKey, new { a = agreement, n = " " });
        Assert.Equal([("name", "REQUIRED")], XliffFiles.Problems(unnamed).Select(p => (p.Field, p.Rule)));
    }
}
