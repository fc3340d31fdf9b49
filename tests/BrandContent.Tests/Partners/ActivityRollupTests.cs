using BrandContent.Partners;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Partners;

/// <summary>The recorder counts in memory and adds the counts into one row per partner, agreement, brand, kind and UTC day.</summary>
public sealed class ActivityRollupTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly ActivityScene scene = new(app);

    [Fact]
    public async Task Many_records_of_one_day_become_one_row_whose_count_is_their_number_and_whose_version_is_the_last()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (partner, agreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        var recorder = ActivityScene.Recorder(app);

        for (var i = 1; i <= 7; i++)
        {
            recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, $"v{i}");
        }

        await recorder.FlushAsync();
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, "v8");
        await recorder.FlushAsync();

        var row = Assert.Single(await scene.RowsAsync(partner));
        Assert.Equal((agreement, brand.Id, PartnerActivityKind.Kit, 8, "v8"), (row.AgreementId, row.BrandId, row.Kind, row.Count, row.LastVersion));
        Assert.True(row.FirstAt <= row.LastAt);
    }

    [Fact]
    public async Task Records_on_two_utc_days_become_two_rows()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (partner, agreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        var clock = new SetClock(new DateTimeOffset(2026, 3, 9, 23, 59, 0, TimeSpan.Zero));
        await using var host = scene.At(clock);
        var recorder = ActivityScene.Recorder(host);

        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Tokens, "a");
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Tokens, "a");
        clock.Now = clock.Now.AddMinutes(2);
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Tokens, "b");
        await recorder.FlushAsync();

        var rows = await scene.RowsAsync(partner);
        Assert.Equal(
            [(new DateOnly(2026, 3, 9), 2, "a"), (new DateOnly(2026, 3, 10), 1, "b")],
            rows.Select(r => (r.Day, r.Count, r.LastVersion)));
    }

    [Fact]
    public async Task Two_processes_flushing_into_the_same_row_add_up()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (partner, agreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        await using var twin = app.Twin();

        for (var i = 0; i < 3; i++)
        {
            ActivityScene.Recorder(app).Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, "first");
        }

        for (var i = 0; i < 4; i++)
        {
            ActivityScene.Recorder(twin).Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, "second");
        }

        await ActivityScene.Recorder(app).FlushAsync();
        await ActivityScene.Recorder(twin).FlushAsync();

        var row = Assert.Single(await scene.RowsAsync(partner));
        Assert.Equal((7, "second"), (row.Count, row.LastVersion));
    }

    [Fact]
    public async Task Counts_not_flushed_yet_are_written_when_the_server_stops()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (partner, agreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        // No periodic flush while the test looks: only the one at shutdown.
        var twin = app.Twin().WithWebHostBuilder(b => b.UseSetting("BrandContent:PartnerActivity:FlushSeconds", "3600"));
        for (var i = 0; i < 5; i++)
        {
            ActivityScene.Recorder(twin).Record(partner, agreement, brand.Id, PartnerActivityKind.KeyMessages, "v");
        }

        Assert.Empty(await scene.RowsAsync(partner));
        await twin.DisposeAsync();

        Assert.Equal(5, Assert.Single(await scene.RowsAsync(partner)).Count);
    }

    [Fact]
    public async Task A_deleted_brand_or_a_forged_agreement_drops_its_counts_without_losing_the_others()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        var (partner, agreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        var (_, otherAgreement, _) = await scene.Partners.PartnerKeyAsync(brand);
        var recorder = ActivityScene.Recorder(app);

        recorder.Record(partner, agreement, Guid.NewGuid(), PartnerActivityKind.Kit, "no such brand");
        recorder.Record(partner, otherAgreement, brand.Id, PartnerActivityKind.Kit, "another partner's agreement");
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, "kept");
        await recorder.FlushAsync();

        Assert.Equal(["kept"], (await scene.RowsAsync(partner)).Select(r => r.LastVersion));
    }

    [Fact]
    public async Task A_partner_keys_key_message_reads_are_each_counted_with_the_messaging_version_and_other_keys_reads_are_not()
    {
        var (brand, _) = await scene.Partners.BrandAsync();
        await scene.Partners.MessageAsync(brand, "Thông điệp đầu tư", "INVESTORS");
        var (partner, agreement, key) = await scene.Partners.PartnerKeyAsync(brand);
        var (otherPartner, _, _) = await scene.Partners.PartnerKeyAsync(brand);

        for (var i = 0; i < 3; i++)
        {
            // The same query each time: a response cache hit would run no resolver, so it must not be kept.
            var read = await app.GraphQL(key).QueryAsync(ActivityScene.Read, new { b = brand.Slug });
            Assert.Equal("Thông điệp đầu tư", read.Ok().GetProperty("keyMessages")[0].GetProperty("headline").GetString());
        }

        (await app.GraphQL().QueryAsync(ActivityScene.Read, new { b = brand.Slug })).Ok();
        await ActivityScene.Recorder(app).FlushAsync();

        var row = Assert.Single(await scene.RowsAsync(partner));
        Assert.Equal((agreement, PartnerActivityKind.KeyMessages, 3), (row.AgreementId, row.Kind, row.Count));
        Assert.Equal((await scene.MessagingAsync(brand)).Version, row.LastVersion);
        Assert.Empty(await scene.RowsAsync(otherPartner));
        await using var db = app.OpenDb();
        Assert.Equal(3, await db.PartnerActivityDays.Where(d => d.BrandId == brand.Id).SumAsync(d => d.Count));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3601")]
    [InlineData("-5")]
    public async Task A_flush_interval_out_of_range_stops_the_server_naming_the_setting(string seconds)
    {
        await using var wrong = app.With(("BrandContent:PartnerActivity:FlushSeconds", seconds));

        var error = Assert.ThrowsAny<Exception>(() => wrong.CreateClient());

        Assert.Contains("BrandContent:PartnerActivity:FlushSeconds", error.ToString());
    }
}
