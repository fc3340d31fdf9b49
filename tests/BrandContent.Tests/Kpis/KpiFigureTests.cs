using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Monitoring;

namespace BrandContent.Tests.Kpis;

/// <summary>kpis(brand, year): each indicator's value, target and status, with the definition and the months, against figures worked out by hand.</summary>
public sealed class KpiFigureTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    private static readonly DateTimeOffset MidJune2026 = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>2025: January 2 of 3 foreign positive, February 1 of 2, March only Vietnamese, April 1 of 1: 4 ÷ 6 = 66.7 %.</summary>
    private static string[] Year2025 =>
    [
        MonitoringScene.Row("2025-01-05", "KR", "positive"), MonitoringScene.Row("2025-01-06", "KR", "negative"), MonitoringScene.Row("2025-01-07", "JP", "positive", language: "ja"),
        MonitoringScene.Row("2025-02-05", "US", "neutral", language: "en"), MonitoringScene.Row("2025-02-06", "FR", "positive", language: "fr"),
        MonitoringScene.Row("2025-03-05", "VN", "positive", language: "vi"), MonitoringScene.Row("2025-03-06", "VN", "negative", language: "vi"),
        MonitoringScene.Row("2025-04-05", "ASEAN", "positive", language: "en"),
    ];

    /// <summary>2024: 2 positive of 5 foreign = 40 %.</summary>
    private static string[] Year2024 =>
    [
        MonitoringScene.Row("2024-05-05", "KR", "positive"), MonitoringScene.Row("2024-05-06", "KR", "negative"), MonitoringScene.Row("2024-06-07", "JP", "negative", language: "ja"),
        MonitoringScene.Row("2024-07-05", "US", "positive", language: "en"), MonitoringScene.Row("2024-08-06", "FR", "neutral", language: "fr"), MonitoringScene.Row("2024-08-07", "VN", "neutral", language: "vi"),
    ];

    [Fact]
    public async Task The_positive_foreign_share_is_positive_over_all_mentions_outside_Viet_Nam_as_computed_by_hand()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        await using var server = app.At(MidJune2026);
        var client = server.GraphQL();
        await KpiScene.ImportAsync(client, brand.Slug, Year2025);
        (await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("SHARE", "POSITIVE_FOREIGN_SHARE", targetValue: 60, name: "Tỷ lệ tích cực") })).Ok();

        var kpi = KpiScene.Kpi((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2025 })).Ok(), "SHARE");

        Assert.Equal(Math.Round(100.0 * 4 / 6, 1), kpi.GetProperty("value").GetDouble());
        Assert.Equal([66.7, 50.0, null, 100.0, null, null, null, null, null, null, null, null], KpiScene.Series(kpi));
        Assert.Equal(("%", 60.0, "ON_TRACK"), (kpi.GetProperty("unit").GetString(), kpi.GetProperty("target").GetDouble(), kpi.GetProperty("status").GetString()));
        Assert.Equal(("Tỷ lệ tích cực", "Cách tính"), (kpi.GetProperty("name").GetString(), kpi.GetProperty("definition").GetString()));

        var english = KpiScene.Kpi((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2025, l = "en" })).Ok(), "SHARE");
        Assert.Equal(("Tỷ lệ tích cực (en)", "How it is computed"), (english.GetProperty("name").GetString(), english.GetProperty("definition").GetString()));
    }

    [Fact]
    public async Task Plus_20_percent_a_year_is_last_years_share_times_1_20_and_the_baseline_stands_in_for_a_year_without_data()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        await using var server = app.At(MidJune2026);
        var client = server.GraphQL();
        await KpiScene.ImportAsync(client, brand.Slug, [.. Year2024, .. Year2025]);
        (await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("SHARE", "POSITIVE_FOREIGN_SHARE", "RELATIVE_GROWTH", 20, baseline: 35) })).Ok();

        var in2025 = KpiScene.Kpi((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2025 })).Ok(), "SHARE");
        var computation = in2025.GetProperty("computation");
        Assert.Equal(("RELATIVE_GROWTH", 20.0, 40.0, "MEASURED"), (computation.GetProperty("kind").GetString(), computation.GetProperty("amount").GetDouble(), computation.GetProperty("lastYearValue").GetDouble(), computation.GetProperty("lastYearSource").GetString()));
        Assert.Equal((48.0, 66.7, "ON_TRACK"), (in2025.GetProperty("target").GetDouble(), in2025.GetProperty("value").GetDouble(), in2025.GetProperty("status").GetString()));

        // 2024 has 40 %, but 2023 has no mentions: the target grows from the plan's baseline, 35 × 1.20 = 42, which 2024 missed.
        var in2024 = KpiScene.Kpi((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2024 })).Ok(), "SHARE");
        Assert.Equal((35.0, "BASELINE"), (in2024.GetProperty("computation").GetProperty("lastYearValue").GetDouble(), in2024.GetProperty("computation").GetProperty("lastYearSource").GetString()));
        Assert.Equal((42.0, 40.0, "MISSED"), (in2024.GetProperty("target").GetDouble(), in2024.GetProperty("value").GetDouble(), in2024.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task In_the_running_year_a_count_is_judged_against_the_targets_pace_and_later_months_are_empty()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        await using var server = app.At(new DateTimeOffset(2026, 7, 1, 17, 0, 0, TimeSpan.Zero)); // 2 July in Việt Nam: half the year gone
        var client = server.GraphQL();
        await KpiScene.ImportAsync(client, brand.Slug, [.. Enumerable.Range(1, 6).SelectMany(m => new[]
        {
            MonitoringScene.Row($"2026-0{m}-03", "KR", "positive"), MonitoringScene.Row($"2026-0{m}-04", "JP", "neutral", language: "ja"),
        })]);
        (await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("ALL_MENTIONS", "MENTIONS", targetValue: 20) })).Ok();
        (await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("KOREA", "MENTIONS", targetValue: 14, market: "KR") })).Ok();

        var data = (await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2026 })).Ok();

        var all = KpiScene.Kpi(data, "ALL_MENTIONS");
        Assert.Equal((12.0, "ON_TRACK"), (all.GetProperty("value").GetDouble(), all.GetProperty("status").GetString())); // pace ≈ 10
        Assert.Equal([2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 0.0, null, null, null, null, null], KpiScene.Series(all));
        var korea = KpiScene.Kpi(data, "KOREA");
        Assert.Equal((6.0, "AT_RISK"), (korea.GetProperty("value").GetDouble(), korea.GetProperty("status").GetString())); // pace ≈ 7
    }
}
