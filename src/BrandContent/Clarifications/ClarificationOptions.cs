namespace BrandContent.Clarifications;

/// <summary>
/// How soon a clarification's translations are due after its first publication, by severity (section
/// <c>BrandContent:Clarifications</c>).
/// </summary>
public sealed record ClarificationOptions
{
    public const string Section = "BrandContent:Clarifications";

    public TimeSpan CriticalDue { get; init; } = TimeSpan.FromHours(4);

    public TimeSpan HighDue { get; init; } = TimeSpan.FromHours(12);

    public TimeSpan MediumDue { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan LowDue { get; init; } = TimeSpan.FromHours(72);

    public TimeSpan DueAfter(Severity severity) => severity switch
    {
        Severity.Critical => CriticalDue,
        Severity.High => HighDue,
        Severity.Medium => MediumDue,
        Severity.Low => LowDue,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    /// <summary>Each due time positive and no later than the next lower severity's: a worse claim is never answered later.</summary>
    public bool IsValid() =>
        CriticalDue > TimeSpan.Zero && CriticalDue <= HighDue && HighDue <= MediumDue && MediumDue <= LowDue && LowDue <= TimeSpan.FromDays(30);
}
