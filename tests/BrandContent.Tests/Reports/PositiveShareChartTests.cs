using System.Text.Json;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Kpis;
using BrandContent.Tests.Monitoring;

namespace BrandContent.Tests.Reports;

/// <summary>The second chart: the positive share of foreign coverage month by month against its target, from kpis(brand, year).</summary>
public sealed class PositiveShareChartTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task The_positive_share_chart_is_a_Word_line_chart_of_the_kpis_monthly_values_against_its_target()
    {
        var scene = await ReportScene.CreateAsync(app);
        var year = scene.Year;
        var client = app.GraphQL();
        // Korea: March 2 of 3 positive; May 1 of 1; a Vietnamese mention never counts (home market).
        await KpiScene.ImportAsync(client, scene.Brand.Slug,
            MonitoringScene.Row($"{year}-03-03", "KR", "positive", url: $"https://news.test/{scene.Brand.Slug}/1"),
            MonitoringScene.Row($"{year}-03-04", "KR", "positive", url: $"https://news.test/{scene.Brand.Slug}/2"),
            MonitoringScene.Row($"{year}-03-05", "KR", "negative", url: $"https://news.test/{scene.Brand.Slug}/3"),
            MonitoringScene.Row($"{year}-05-05", "KR", "positive", url: $"https://news.test/{scene.Brand.Slug}/4"),
            MonitoringScene.Row($"{year}-05-06", "VN", "negative", url: $"https://news.test/{scene.Brand.Slug}/5", language: "vi"));
        (await client.QueryAsync(KpiScene.Define, new
        {
            b = scene.Brand.Slug,
            i = KpiScene.Input("POSITIVE_SHARE", "POSITIVE_FOREIGN_SHARE", targetValue: 60, fromYear: year - 1, toYear: year + 4, name: "Tỷ lệ tích cực"),
        })).Ok();

        var report = (await client.QueryAsync(
                "query($b: String!, $y: Int!) { yearlyReport(brand: $b, year: $y) { kpis { code name target value status isPositiveShare series } } }",
                new { b = scene.Brand.Slug, y = year }))
            .Ok().GetProperty("yearlyReport");
        var kpis = (await client.QueryAsync(KpiScene.Kpis, new { b = scene.Brand.Slug, y = year })).Ok();

        var share = Assert.Single(report.GetProperty("kpis").EnumerateArray());
        Assert.True(share.GetProperty("isPositiveShare").GetBoolean());
        var fromKpis = KpiScene.Kpi(kpis, "POSITIVE_SHARE");
        Assert.Equal(fromKpis.GetProperty("value").GetDecimal(), share.GetProperty("value").GetDecimal());
        Assert.Equal(fromKpis.GetProperty("status").GetString(), share.GetProperty("status").GetString());
        var series = share.GetProperty("series").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetDecimal()).ToList();
        Assert.Equal(KpiScene.Series(fromKpis), series.Select(v => v is null ? null : (double?)(double)v.Value));

        using var docx = new ReportDocuments(await ReportScene.DocumentAsync(app, scene.DocumentPath("docx")));
        Assert.Empty(docx.ValidationErrors);
        var chart = docx.Charts.Single(c => c.Title == "Tỷ lệ thông tin tích cực trên báo chí nước ngoài so với mục tiêu (%)");
        Assert.Equal("line", chart.Plot);
        Assert.True(chart.HasWorkbook);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"T{m}"), chart.Categories);
        Assert.Equal(["Tỷ lệ tích cực", "Mục tiêu"], chart.Series.Select(s => s.Name));
        for (var month = 0; month < 12; month++)
        {
            Assert.Equal(series[month], chart.Series[0].Values.TryGetValue(month, out var value) ? value : null);
            Assert.Equal(60m, chart.Series[1].Values[month]);
        }

        Assert.Equal(2, docx.Charts.Count);
        var rows = docx.TableAfter("Các chỉ số so với mục tiêu");
        Assert.Equal("Tỷ lệ tích cực", rows[1][0]);
        Assert.Equal("60", rows[1][3]);
    }
}
