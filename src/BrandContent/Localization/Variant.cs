using BrandContent.Publishing;

namespace BrandContent.Localization;

/// <summary>
/// One localized variant of a content entity: its own row, its own workflow state and revision counter.
/// A translation remembers which revision of the source-locale variant it was translated from, so that it
/// can be found outdated when the source moves on.
/// </summary>
public abstract class Variant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Locale { get; set; } = "";

    public WorkflowStatus Status { get; set; } = WorkflowStatus.Draft;

    /// <summary>Starts at 1 and grows with every saved change of this variant.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>For a translation: the revision of the source-locale variant it was made from; null for the source.</summary>
    public int? SourceRevision { get; set; }

    public DateTimeOffset? PublishAt { get; set; }

    public DateTimeOffset? UnpublishAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>The id of the entity this variant localizes.</summary>
    public abstract Guid OwnerId { get; }
}
