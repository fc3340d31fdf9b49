using System.Globalization;
using System.Resources;
using BrandContent.Clarifications;
using BrandContent.Kpis;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Plans;
using BrandContent.Reports;

namespace BrandContent.Api.Reports;

/// <summary>
/// The words of a yearly report document (Resources/Reports/ReportText*.resx, en + vi, kept in step by a test), in the
/// report's language rather than the request's: an English-speaking editor may send a Vietnamese report. A missing
/// name throws: a document must not show a key to its reader.
/// </summary>
public sealed class ReportText
{
    private static readonly ResourceManager Resources = new("BrandContent.Api.Resources.Reports.ReportText", typeof(ReportText).Assembly);

    private ReportText(CultureInfo culture) => Culture = culture;

    /// <summary>The culture numbers and dates are written in (vi-VN writes 12,5; en-GB 12.5).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The words for a report language (<see cref="ReportLanguage"/>).</summary>
    public static ReportText For(string language) =>
        new(CultureInfo.GetCultureInfo(language == ReportLanguage.Vietnamese ? "vi-VN" : "en-GB"));

    public string this[string name] =>
        Resources.GetString(name, Culture) ?? throw new MissingManifestResourceException($"No report text '{name}'.");

    public string this[string name, params object?[] values] => string.Format(Culture, this[name], values);

    public string Kind(ContentKind kind) => this["Kind." + kind];

    public string Progress(EventProgress progress) => this["Events." + progress];

    public string Status(PlanTaskStatus status) => this["TaskStatus." + status];

    public string Status(KpiStatus status) => this["KpiStatus." + status];

    public string Month(int month) => this["Month.Short", month];

    public string Severity(Severity severity) => this["Severity." + severity];

    /// <summary>A KPI unit's word in the report's language ("giờ", "hours"); the API keeps the code (<see cref="KpiUnit"/>).</summary>
    public string Unit(string code) => this[KpiUnit.WordKey(code)];

    /// <summary>An instant as a Việt Nam date and time (the plans' time), e.g. 05/11/2026 14:30.</summary>
    public string Moment(DateTimeOffset at) =>
        NodaTime.Instant.FromDateTimeOffset(at).InZone(NodaTime.DateTimeZoneProviders.Tzdb[MarketTimeZone.Default]).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A measured value: up to two decimals, in the report's culture; a dash when nothing was measured.</summary>
    public string Value(decimal? value) => value is { } v ? v.ToString("#,0.##", Culture) : this["NotApplicable"];

    public string Number(int value) => value.ToString("N0", Culture);

    public string Percent(decimal? value) => value is { } v ? v.ToString("0.0", Culture) : this["NotApplicable"];

    public string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public string Dates(DateOnly from, DateOnly to) => from == to ? Date(from) : $"{Date(from)} – {Date(to)}";
}
