using BrandContent.Partners;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Partners;

/// <summary>partnerActivity: the days and totals of one partner, for administrators and the partner's own key; ranges checked.</summary>
public sealed class ActivityQueryTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ActivityScene scene = new(app);

    [Fact]
    public async Task Partner_activity_lists_each_day_brand_and_kind_with_totals_and_a_partner_key_reads_only_its_own()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (partner, agreement, key) = await scene.Partners.PartnerKeyAsync(brand);
        var (otherPartner, otherAgreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        var clock = new SetClock(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
        await using var host = scene.At(clock);
        var recorder = ActivityScene.Recorder(host);
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.KeyMessages, "m1");
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.KeyMessages, "m1");
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, "k1");
        clock.Now = clock.Now.AddDays(1);
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.KeyMessages, "m2");
        clock.Now = clock.Now.AddDays(30);
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.KeyMessages, "outside");
        recorder.Record(otherPartner, otherAgreement, brand.Id, PartnerActivityKind.Kit, "other");
        await recorder.FlushAsync();
        var range = new { p = partner, f = "2026-04-01", t = "2026-04-30" };

        var activity = (await app.GraphQL().QueryAsync(ActivityScene.Activity, range)).Ok().GetProperty("partnerActivity");
        Assert.Equal(4, activity.GetProperty("total").GetInt32());
        Assert.Equal(
            ["2026-04-01 KEY_MESSAGES 2 m1", "2026-04-01 KIT 1 k1", "2026-04-02 KEY_MESSAGES 1 m2"],
            activity.GetProperty("days").EnumerateArray().Select(d => $"{d.GetProperty("day").GetString()} {d.GetProperty("kind").GetString()} {d.GetProperty("count").GetInt32()} {d.GetProperty("lastVersion").GetString()}"));
        Assert.All(activity.GetProperty("days").EnumerateArray(), d =>
        {
            Assert.Equal(brand.Slug, d.GetProperty("brand").GetString());
            Assert.Equal(agreement, d.GetProperty("agreementId").GetGuid());
        });
        Assert.Equal(
            ["KEY_MESSAGES 3 m2", "KIT 1 k1"],
            activity.GetProperty("totals").EnumerateArray().Select(t => $"{t.GetProperty("kind").GetString()} {t.GetProperty("count").GetInt32()} {t.GetProperty("lastVersion").GetString()}"));

        var own = (await app.GraphQL(key).QueryAsync(ActivityScene.Activity, range)).Ok().GetProperty("partnerActivity");
        Assert.Equal(4, own.GetProperty("total").GetInt32());
        Assert.Equal(["NOT_FOUND"], (await app.GraphQL(key).QueryAsync(ActivityScene.Activity, range with { p = otherPartner })).ErrorCodes);
    }

    [Fact]
    public async Task A_forged_partner_id_is_not_found_for_administrators_and_partner_keys_alike()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (_, _, key) = await scene.Partners.PartnerKeyAsync(brand);
        var range = new { p = Guid.NewGuid(), f = "2026-01-01", t = "2026-01-31" };

        Assert.Equal(["NOT_FOUND"], (await app.GraphQL().QueryAsync(ActivityScene.Activity, range)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await app.GraphQL(key).QueryAsync(ActivityScene.Activity, range)).ErrorCodes);
    }

    [Theory]
    [InlineData("2026-02-01", "2026-01-31", "INVALID_DATE_RANGE")]
    [InlineData("2020-01-01", "2026-01-01", "WINDOW_TOO_LONG")]
    [InlineData("0001-01-01", "9999-12-31", "WINDOW_TOO_LONG")]
    public async Task A_reversed_or_too_long_range_is_refused_with_a_clear_code_in_the_callers_language(string from, string to, string code)
    {
        var partner = await scene.Partners.PartnerAsync();

        var english = await app.GraphQL().QueryAsync(ActivityScene.Activity, new { p = partner, f = from, t = to }, "en");
        var vietnamese = await app.GraphQL().QueryAsync(ActivityScene.Activity, new { p = partner, f = from, t = to }, "vi");

        Assert.Equal([code], english.ErrorCodes);
        Assert.Equal([code], vietnamese.ErrorCodes);
        Assert.NotEqual(Message(english), Message(vietnamese));
    }

    [Fact]
    public async Task A_full_year_of_366_days_is_accepted_and_not_a_day_more()
    {
        var partner = await scene.Partners.PartnerAsync();

        (await app.GraphQL().QueryAsync(ActivityScene.Activity, new { p = partner, f = "2028-01-01", t = "2028-12-31" })).Ok();
        Assert.Equal(["WINDOW_TOO_LONG"], (await app.GraphQL().QueryAsync(ActivityScene.Activity, new { p = partner, f = "2028-01-01", t = "2029-01-01" })).ErrorCodes);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("2026-01-01\u0000")]
    public async Task A_date_that_is_not_a_date_is_refused_before_anything_runs(string day)
    {
        var response = await app.GraphQL().QueryAsync(ActivityScene.Activity, new { p = Guid.NewGuid(), f = day, t = "2026-01-31" });

        Assert.NotEmpty(response.ErrorCodes);
        Assert.DoesNotContain("INTERNAL_ERROR", response.ErrorCodes);
    }

    private static string Message(GraphQLResponse response) => response.Errors[0].GetProperty("message").GetString()!;
}
