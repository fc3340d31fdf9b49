using System.Text.Json;
using BrandContent.Tests.Fixtures;
using BrandContent.Tests.Monitoring;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BrandContent.Tests.Kpis;

/// <summary>A clock that shows one instant: "now" for the year's pace and for what counts as a past year.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

public static class KpiScene
{
    public const string Define = "mutation($b: String!, $i: KpiDefinitionInput!) { defineKpi(brand: $b, input: $i) { id code version } }";
    public const string Update = "mutation($id: ID!, $v: Long, $i: KpiDefinitionInput!) { updateKpi(id: $id, expectedVersion: $v, input: $i) { id targetValue version } }";
    public const string Remove = "mutation($id: ID!) { removeKpi(id: $id) }";
    public const string Definitions = "query($b: String!) { kpiDefinitions(brand: $b) { id code measure market names { name value } } }";

    public const string Kpis =
        "query($b: String!, $y: Int!, $l: String) { kpis(brand: $b, year: $y, locale: $l) { definitionId code name definition unit baseline target value status measure "
        + "computation { kind direction amount lastYearValue lastYearSource target } series { month value } } }";

    public static object Input(
        string code, string measure, string targetKind = "ABSOLUTE", double targetValue = 10, string direction = "AT_LEAST", int fromYear = 2024, int? toYear = 2030,
        string? market = null, Guid? pillar = null, string? channel = null, double? baseline = null, string name = "Chỉ số") => new
        {
            code,
            fromYear,
            toYear,
            measure,
            market,
            pillar,
            channel,
            baseline,
            targetKind,
            targetValue,
            direction,
            names = new[] { new { locale = "vi", text = name }, new { locale = "en", text = $"{name} (en)" } },
            definitions = new[] { new { locale = "vi", text = "Cách tính" }, new { locale = "en", text = "How it is computed" } },
        };

    /// <summary>A server on the fixture's database whose clock shows <paramref name="now"/>.</summary>
    public static WebApplicationFactory<Program> At(this BrandContentApp app, DateTimeOffset now) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(now))));

    public static async Task ImportAsync(GraphQLClient client, string brand, params string[] rows) =>
        (await client.QueryAsync(MonitoringScene.Import, new { b = brand, csv = MonitoringScene.Csv(rows) })).Ok();

    public static JsonElement Kpi(JsonElement data, string code) =>
        data.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("code").GetString() == code);

    public static double?[] Series(JsonElement kpi) =>
        [.. kpi.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : p.GetProperty("value").GetDouble())];
}
