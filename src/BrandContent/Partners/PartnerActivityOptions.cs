namespace BrandContent.Partners;

/// <summary>Counting what partners took away (section <c>BrandContent:PartnerActivity</c>), validated at start.</summary>
public sealed record PartnerActivityOptions
{
    public const string Section = "BrandContent:PartnerActivity";

    public const int MaxFlushSeconds = 3_600;

    /// <summary>
    /// How often the counts kept in memory are added to the database. A crash loses at most this long of counts; a
    /// shorter interval costs one upsert per interval while partners read.
    /// </summary>
    public int FlushSeconds { get; init; } = 10;

    public TimeSpan FlushInterval => TimeSpan.FromSeconds(FlushSeconds);

    /// <summary>What is wrong with these settings, naming each; empty when they are fine.</summary>
    public IEnumerable<string> Problems()
    {
        if (FlushSeconds is < 1 or > MaxFlushSeconds)
        {
            yield return $"{Section}:FlushSeconds must be between 1 and {MaxFlushSeconds}.";
        }
    }
}
