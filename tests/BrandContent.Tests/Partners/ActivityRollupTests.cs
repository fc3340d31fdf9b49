using BrandContent.Partners;
using BrandContent.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Partners;

/// <summary>The recorder counts in memory and adds the counts into one row per partner, agreement, brand, kind and UTC day.</summary>
public sealed class ActivityRollupTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private readonly PartnerScene scene = new(app);

    [Fact]
    public async Task Many_records_of_one_day_become_one_row_whose_count_is_their_number_and_whose_version_is_the_last()
    {
        var (brand, _) = await scene.BrandAsync();
        var (partner, agreement, _) = await scene.PartnerKeyAsync(brand);
        var recorder = app.Services.GetRequiredService<PartnerActivityRecorder>();

        for (var i = 1; i <= 7; i++)
        {
            recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, $"v{i}");
        }

        await recorder.FlushAsync();
        recorder.Record(partner, agreement, brand.Id, PartnerActivityKind.Kit, "v8");
        await recorder.FlushAsync();

        await using var db = app.OpenDb();
        var row = Assert.Single(await db.PartnerActivityDays.Where(d => d.PartnerId == partner).ToListAsync());
        Assert.Equal((agreement, brand.Id, PartnerActivityKind.Kit, 8, "v8"), (row.AgreementId, row.BrandId, row.Kind, row.Count, row.LastVersion));
        Assert.True(row.FirstAt <= row.LastAt);
    }
}
