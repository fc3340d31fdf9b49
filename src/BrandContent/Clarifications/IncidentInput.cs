namespace BrandContent.Clarifications;

/// <summary>
/// An incident's values, whole (an update replaces them): the mentions that carried the claim and the clarification
/// answering it, by id (both of the incident's brand), when it was detected, and when answered (left out: set when
/// the clarification is first published).
/// </summary>
public sealed record IncidentInput(
    string Summary, Severity Severity, DateTimeOffset DetectedAt, DateTimeOffset? AnsweredAt, Guid? Clarification, IReadOnlyList<Guid>? Mentions);
