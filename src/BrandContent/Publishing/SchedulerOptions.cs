namespace BrandContent.Publishing;

/// <summary>The background job that carries out scheduled publishing (section <c>BrandContent:Scheduler</c>).</summary>
public sealed record SchedulerOptions
{
    public const string Section = "BrandContent:Scheduler";

    /// <summary>How often due publishes and unpublishes run; 0 turns the job off (tests run it themselves).</summary>
    public double IntervalSeconds { get; init; } = 5;
}
