using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Tests.Kpis;

/// <summary>Indicators are rows: added, changed and removed by mutation, checked, and limited to the key's brands.</summary>
public sealed class KpiDefinitionTests(BrandContentApp app) : IClassFixture<BrandContentApp>
{
    [Fact]
    public async Task A_new_indicator_added_by_mutation_shows_up_in_kpis_changes_and_goes_without_a_release()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        await using var server = app.At(new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero));
        var client = server.GraphQL();
        await KpiScene.ImportAsync(client, brand.Slug, MonitoringScene.Row("2025-02-01", "JP", "positive", language: "ja"), MonitoringScene.Row("2025-02-02", "JP", "neutral", language: "ja"));
        Assert.Empty((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2025 })).Ok().GetProperty("kpis").EnumerateArray());

        var defined = (await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("MENTIONS_JP", "MENTIONS", targetValue: 3, market: "jp") })).Ok().GetProperty("defineKpi");
        var id = defined.GetProperty("id").GetGuid();
        var kpi = KpiScene.Kpi((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2025 })).Ok(), "MENTIONS_JP");
        Assert.Equal((2.0, 3.0, "MISSED", "mentions"), (kpi.GetProperty("value").GetDouble(), kpi.GetProperty("target").GetDouble(), kpi.GetProperty("status").GetString(), kpi.GetProperty("unit").GetString()));
        Assert.Equal(id, kpi.GetProperty("definitionId").GetGuid());

        (await client.QueryAsync(KpiScene.Update, new { id, v = defined.GetProperty("version").GetInt64(), i = KpiScene.Input("MENTIONS_JP", "MENTIONS", targetValue: 2, market: "JP") })).Ok();
        Assert.Equal("ON_TRACK", KpiScene.Kpi((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2025 })).Ok(), "MENTIONS_JP").GetProperty("status").GetString());
        var stale = await client.QueryAsync(KpiScene.Update, new { id, v = defined.GetProperty("version").GetInt64(), i = KpiScene.Input("MENTIONS_JP", "MENTIONS") });
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal("JP", (await client.QueryAsync(KpiScene.Definitions, new { b = brand.Slug })).Ok().GetProperty("kpiDefinitions")[0].GetProperty("market").GetString());

        // Outside its years it is not reported.
        Assert.Empty((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2023 })).Ok().GetProperty("kpis").EnumerateArray());

        Assert.Equal(id, (await client.QueryAsync(KpiScene.Remove, new { id })).Ok().GetProperty("removeKpi").GetGuid());
        Assert.Empty((await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 2025 })).Ok().GetProperty("kpis").EnumerateArray());

        await using var db = app.OpenDb();
        Assert.Equal(["defineKpi", "updateKpi", "removeKpi"], await db.AuditEntries.Where(a => a.TargetId == id).OrderBy(a => a.At).Select(a => a.Operation).ToListAsync());
    }

    [Fact]
    public async Task A_definition_with_bad_values_is_refused_with_every_problem_and_nothing_is_saved()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var (_, otherPillar) = await MonitoringScene.BrandAsync(app);
        var client = app.GraphQL();

        var response = await client.QueryAsync(KpiScene.Define, new
        {
            b = brand.Slug,
            i = KpiScene.Input("bad code", "MENTIONS", targetValue: -5, fromYear: 2026, toYear: 2025, pillar: otherPillar.Id, channel: "facebook", name: "<b>x</b>"),
        });

        Assert.Equal(
            [("code", "FORMAT"), ("toYear", "DATE_ORDER"), ("pillar", "REFERENCE"), ("channel", "KPI_PARAMETER"), ("targetValue", "RANGE"), ("names.vi", "MARKUP"), ("names.en", "MARKUP")],
            XliffFiles.Problems(response).Select(p => (p.Field, p.Rule)));

        var coverage = await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("COVERAGE", "TRANSLATION_COVERAGE", targetValue: 120) });
        Assert.Equal([("market", "REQUIRED"), ("targetValue", "RANGE")], XliffFiles.Problems(coverage).Select(p => (p.Field, p.Rule)));

        var unknownMeasure = await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("X", "HAPPINESS") });
        Assert.NotEmpty(unknownMeasure.ErrorCodes);
        Assert.DoesNotContain("INTERNAL", unknownMeasure.ErrorCodes);

        await using var db = app.OpenDb();
        Assert.False(await db.KpiDefinitions.AnyAsync(k => k.BrandId == brand.Id));
    }

    [Fact]
    public async Task The_same_code_cannot_cover_a_year_twice()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var client = app.GraphQL();
        (await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("POSTS", "POSTS_SENT", fromYear: 2026, toYear: null, channel: "facebook") })).Ok();

        var overlapping = await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("POSTS", "POSTS_SENT", fromYear: 2024, toYear: 2026) });
        Assert.Equal([("code", "KPI_OVERLAP")], XliffFiles.Problems(overlapping).Select(p => (p.Field, p.Rule)));
        (await client.QueryAsync(KpiScene.Define, new { b = brand.Slug, i = KpiScene.Input("POSTS", "POSTS_SENT", fromYear: 2024, toYear: 2025) })).Ok();
    }

    [Fact]
    public async Task Another_brands_indicators_are_out_of_a_brand_keys_reach()
    {
        var (brand, _) = await MonitoringScene.BrandAsync(app);
        var (other, _) = await MonitoringScene.BrandAsync(app);
        var theirs = (await app.GraphQL().QueryAsync(KpiScene.Define, new { b = other.Slug, i = KpiScene.Input("THEIRS", "MENTIONS") })).Ok().GetProperty("defineKpi").GetProperty("id").GetGuid();
        var client = app.GraphQL(await Keys.CreateAsync(app, "kpi editor", "EDITOR", brands: [brand.Slug]));

        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(KpiScene.Update, new { id = theirs, i = KpiScene.Input("MINE", "MENTIONS") })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(KpiScene.Remove, new { id = theirs })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(KpiScene.Kpis, new { b = other.Slug, y = 2026 })).ErrorCodes);
        Assert.Equal(["OUT_OF_SCOPE"], (await client.QueryAsync(KpiScene.Define, new { b = other.Slug, i = KpiScene.Input("MINE", "MENTIONS") })).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await client.QueryAsync(KpiScene.Remove, new { id = Guid.NewGuid() })).ErrorCodes);
        Assert.Equal(["VALIDATION_FAILED"], (await client.QueryAsync(KpiScene.Kpis, new { b = brand.Slug, y = 1999 })).ErrorCodes);

        await using var db = app.OpenDb();
        Assert.Equal("THEIRS", await db.KpiDefinitions.Where(k => k.Id == theirs).Select(k => k.Code).SingleAsync());
    }

    [Fact]
    public async Task Gia_Lai_demo_reports_its_positive_foreign_share_against_last_years_share_plus_20_percent()
    {
        var year = DateTimeOffset.UtcNow.Year;
        var kpi = KpiScene.Kpi((await app.GraphQL().QueryAsync(KpiScene.Kpis, new { b = "gia-lai", y = year, l = "en" })).Ok(), "POSITIVE_FOREIGN_SHARE");

        var computation = kpi.GetProperty("computation");
        Assert.Equal((40.0, "MEASURED", 20.0), (computation.GetProperty("lastYearValue").GetDouble(), computation.GetProperty("lastYearSource").GetString(), computation.GetProperty("amount").GetDouble()));
        Assert.Equal(48.0, kpi.GetProperty("target").GetDouble());
        Assert.True(kpi.GetProperty("value").GetDouble() > 48.0);
        Assert.Contains("× 1.20", kpi.GetProperty("definition").GetString());
        Assert.NotNull(KpiScene.Series(kpi)[0]);
    }
}
