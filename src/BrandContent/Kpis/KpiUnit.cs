namespace BrandContent.Kpis;

/// <summary>
/// The unit each measure's value is in, as KpiResult.Unit gives it: a stable machine code the API returns as is (a
/// GraphQL String, so existing clients keep working); documents and pages show <see cref="WordKey"/>'s localized word.
/// </summary>
public static class KpiUnit
{
    public const string Percent = "%";
    public const string Mentions = "mentions";
    public const string Hours = "hours";
    public const string Items = "items";
    public const string Posts = "posts";

    public static readonly IReadOnlyList<string> All = [Percent, Mentions, Hours, Items, Posts];

    /// <summary>The name of the unit's word in resources ("Unit.hours"): "%" is not a name, so it is "percent".</summary>
    public static string WordKey(string code) => "Unit." + (code == Percent ? "percent" : code);

    public static string Of(KpiMeasure measure) => measure switch
    {
        KpiMeasure.PositiveForeignShare or KpiMeasure.TranslationCoverage => Percent,
        KpiMeasure.Mentions => Mentions,
        KpiMeasure.IncidentResponseMedian => Hours,
        KpiMeasure.ContentPublished => Items,
        KpiMeasure.PostsSent => Posts,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "A measure without a unit."),
    };
}
