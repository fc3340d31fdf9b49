using BrandContent.Partners;
using BrandContent.Tests.Fixtures;

namespace BrandContent.Tests.Partners;

/// <summary>partnersBehindOnMessaging: partners in force whose last fetch is before the brand's messaging last changed, or who never fetched.</summary>
public sealed class ActivityBehindTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ActivityScene scene = new(app);

    [Fact]
    public async Task A_partner_falls_behind_when_messaging_changes_after_its_last_fetch_and_catches_up_by_fetching_again()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (reader, readerAgreement, readerKey) = await scene.Partners.PartnerKeyAsync(brand);
        var (neverReads, _, _) = await scene.Partners.PartnerKeyAsync(brand);
        var (ended, endedAgreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        (await app.GraphQL().QueryAsync("mutation($id: ID!) { endAgreement(id: $id) { status } }", new { id = endedAgreement })).Ok();
        var start = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var clock = new SetClock(start);
        await using var host = scene.At(clock);
        var admin = new GraphQLClient(host.CreateClient(), BrandContentApp.AdminToken);
        var recorder = ActivityScene.Recorder(host);

        var first = await ActivityScene.PublishMessageAsync(admin, brand, "Thông điệp một", "INVESTORS");
        clock.Now = start.AddHours(1);
        (await new GraphQLClient(host.CreateClient(), readerKey).QueryAsync(ActivityScene.Read, new { b = brand.Slug })).Ok();
        await recorder.FlushAsync();
        var before = await ActivityScene.BehindAsync(admin, brand);
        var firstVersion = (await scene.MessagingAsync(brand)).Version;

        Assert.Equal(start, before.GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal(firstVersion, before.GetProperty("version").GetString());
        Assert.Equal([neverReads], ActivityScene.PartnerIds(before));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("partners")[0].GetProperty("lastFetchAt").ValueKind);

        clock.Now = start.AddHours(2);
        var second = await ActivityScene.PublishMessageAsync(admin, brand, "Thông điệp hai", "INVESTORS");
        var after = await ActivityScene.BehindAsync(admin, brand);

        Assert.Equal(start.AddHours(2), after.GetProperty("changedAt").GetDateTimeOffset());
        Assert.NotEqual(firstVersion, after.GetProperty("version").GetString());
        Assert.Equal([neverReads, reader], ActivityScene.PartnerIds(after));
        var behind = after.GetProperty("partners")[1];
        Assert.Equal(start.AddHours(1), behind.GetProperty("lastFetchAt").GetDateTimeOffset());
        Assert.Equal(firstVersion, behind.GetProperty("lastVersion").GetString());
        Assert.Equal("KEY_MESSAGES", behind.GetProperty("lastKind").GetString());
        Assert.Equal([readerAgreement], behind.GetProperty("agreementIds").EnumerateArray().Select(a => a.GetGuid()));
        Assert.DoesNotContain(ended, ActivityScene.PartnerIds(after));

        // The brand kit counts as a fetch too.
        clock.Now = start.AddHours(3);
        recorder.Record(reader, readerAgreement, brand.Id, PartnerActivityKind.Kit, "kit");
        await recorder.FlushAsync();
        Assert.Equal([neverReads], ActivityScene.PartnerIds(await ActivityScene.BehindAsync(admin, brand)));

        // Unpublishing changes the messaging as publishing does.
        clock.Now = start.AddHours(4);
        (await new Fixtures.Editing(admin).StepAsync("unpublish", "KEY_MESSAGE", second, "vi")).Ok();
        var unpublished = await ActivityScene.BehindAsync(admin, brand);
        Assert.Equal(start.AddHours(4), unpublished.GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal([neverReads, reader], ActivityScene.PartnerIds(unpublished));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_brand_without_key_messages_has_a_stable_version_no_change_time_and_every_partner_in_force_behind()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (partner, _, _) = await scene.Partners.PartnerKeyAsync(brand);

        var behind = await ActivityScene.BehindAsync(app.GraphQL(), brand);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, behind.GetProperty("changedAt").ValueKind);
        Assert.Equal([partner], ActivityScene.PartnerIds(behind));
        Assert.Equal(behind.GetProperty("version").GetString(), (await ActivityScene.BehindAsync(app.GraphQL(), brand)).GetProperty("version").GetString());
    }

    [Fact]
    public async Task An_unknown_brand_is_refused_and_a_key_of_another_brand_is_out_of_scope()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (other, _) = await scene.Partners.BrandAsync();
        var editorOfOther = await Keys.CreateAsync(app, "other brand editor", "EDITOR", brands: [other.Slug]);

        Assert.Equal(["BRAND_NOT_FOUND"], (await app.GraphQL().QueryAsync(ActivityScene.Behind, new { b = "no-such-brand" })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await app.GraphQL(editorOfOther).QueryAsync(ActivityScene.Behind, new { b = brand.Slug })).ErrorCodes);
        (await app.GraphQL(editorOfOther).QueryAsync(ActivityScene.Behind, new { b = other.Slug })).Ok();
    }
}
