using System.Text;
using BrandContent.Partners;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Reports;

namespace BrandContent.Tests.Partners;

/// <summary>The yearly report counts the partners reached in the year, in all and per market their agreement covers, in its data and both documents.</summary>
public sealed class ActivityReportTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private const string Query = "query($b: String!, $y: Int!) { yearlyReport(brand: $b, year: $y) { partnersReached { partners byMarket { market name partners } } } }";
    private readonly ActivityScene scene = new(app);

    [Fact]
    public async Task Partners_with_activity_in_the_year_are_counted_once_in_all_and_in_each_market_their_agreement_covers()
    {
        var report = await ReportScene.CreateAsync(app);
        var brand = report.Brand;
        var (japan, japanAgreement) = await PartnerAsync(brand, ["JP"]);
        var (korea, koreaAgreement) = await PartnerAsync(brand, ["KR"]);
        var (everywhere, everywhereAgreement) = await PartnerAsync(brand, []);
        var (nextYear, nextYearAgreement) = await PartnerAsync(brand, ["JP"]);
        var clock = new SetClock(new DateTimeOffset(report.Year, 6, 15, 8, 0, 0, TimeSpan.Zero));
        await using var host = scene.At(clock);
        var recorder = ActivityScene.Recorder(host);
        recorder.Record(japan, japanAgreement, brand.Id, PartnerActivityKind.KeyMessages, "v");
        recorder.Record(korea, koreaAgreement, brand.Id, PartnerActivityKind.Kit, "k");
        recorder.Record(korea, koreaAgreement, brand.Id, PartnerActivityKind.KeyMessages, "v");
        clock.Now = clock.Now.AddDays(100);
        recorder.Record(everywhere, everywhereAgreement, brand.Id, PartnerActivityKind.Tokens, "t");
        clock.Now = new DateTimeOffset(report.Year + 1, 1, 2, 8, 0, 0, TimeSpan.Zero);
        recorder.Record(nextYear, nextYearAgreement, brand.Id, PartnerActivityKind.KeyMessages, "v");
        await recorder.FlushAsync();

        var reached = (await app.GraphQL().QueryAsync(Query, new { b = brand.Slug, y = report.Year })).Ok().GetProperty("yearlyReport").GetProperty("partnersReached");
        int In(string market) => reached.GetProperty("byMarket").EnumerateArray().Single(m => m.GetProperty("market").GetString() == market).GetProperty("partners").GetInt32();
        Assert.Equal(3, reached.GetProperty("partners").GetInt32());
        Assert.Equal((2, 2), (In("JP"), In("KR")));

        using var docx = new ReportDocuments(await ReportScene.DocumentAsync(app, report.DocumentPath("docx")));
        Assert.Empty(docx.ValidationErrors);
        Assert.Contains(docx.Paragraphs, p => p.Contains("tổng cộng 3", StringComparison.Ordinal));
        var rows = docx.TableAfter("Đối tác được tiếp cận");
        Assert.Equal(["Thị trường", "Số đối tác được tiếp cận"], rows[0]);
        Assert.Equal("2", rows.Single(r => r[0].EndsWith("(JP)", StringComparison.Ordinal))[1]);
        Assert.Equal("2", rows.Single(r => r[0].EndsWith("(KR)", StringComparison.Ordinal))[1]);

        var markdown = Encoding.UTF8.GetString(await ReportScene.DocumentAsync(app, report.DocumentPath("md", "en")));
        Assert.Contains("Partners reached", markdown, StringComparison.Ordinal);
        Assert.Contains("\\(JP\\) | 2 |", markdown, StringComparison.Ordinal);
    }

    private async Task<(Guid Partner, Guid Agreement)> PartnerAsync(BrandContent.Brands.Brand brand, string[] markets)
    {
        var partner = await scene.Partners.PartnerAsync();
        var agreement = (await app.GraphQL().QueryAsync(PartnerScene.CreateAgreement, new
        {
            i = new { partnerId = partner, brands = new[] { brand.Slug }, markets, audiences = Array.Empty<string>(), startsOn = "2020-01-01", endsOn = "2030-12-31" },
        })).Ok().GetProperty("createAgreement").GetProperty("id").GetGuid();
        return (partner, agreement);
    }
}
