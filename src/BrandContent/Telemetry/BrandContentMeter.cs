namespace BrandContent.Telemetry;

/// <summary>The one <see cref="System.Diagnostics.Metrics.Meter"/> of BrandContent's own metrics, and its tag names.</summary>
public static class BrandContentMeter
{
    public const string Name = "BrandContent";

    public const string OutcomeTag = "brandcontent.outcome";
}
