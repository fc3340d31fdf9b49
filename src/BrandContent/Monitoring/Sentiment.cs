namespace BrandContent.Monitoring;

/// <summary>How a piece of coverage speaks of the brand, as the monitoring tool or the editor judged it.</summary>
public enum Sentiment
{
    Positive,
    Neutral,
    Negative,
}
