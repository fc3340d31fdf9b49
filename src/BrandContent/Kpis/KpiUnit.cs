namespace BrandContent.Kpis;

/// <summary>The unit each measure's value is in, as KpiResult.Unit gives it.</summary>
public static class KpiUnit
{
    public const string Percent = "%";
    public const string Mentions = "mentions";
    public const string Hours = "hours";
    public const string Items = "items";
    public const string Posts = "posts";

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
