using BrandContent.Publishing;
using BrandContent.Storage;

namespace BrandContent.Localization;

/// <summary>
/// One localized variant of a content entity, in one of two rows: the working copy editors and translators change
/// (with its workflow state and revision counter), and the live copy delivery reads, written only by publishing.
/// Editing a published variant therefore never changes what readers see until it is published again.
/// A translation remembers which revision of the source-locale variant it was translated from, so that it
/// can be found outdated when the source moves on.
/// </summary>
public abstract class Variant
{
    public Guid Id { get; set; } = TimeOrderedId.New();

    public string Locale { get; set; } = "";

    /// <summary>True for the copy delivery serves; false for the working copy.</summary>
    public bool IsLive { get; set; }

    public WorkflowStatus Status { get; set; } = WorkflowStatus.Draft;

    /// <summary>Starts at 1 and grows with every saved change of this variant.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>For a translation: the revision of the source-locale variant it was made from; null for the source.</summary>
    public int? SourceRevision { get; set; }

    public DateTimeOffset? PublishAt { get; set; }

    public DateTimeOffset? UnpublishAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Who saved the last change.</summary>
    public string? UpdatedBy { get; set; }

    /// <summary>The id of the entity this variant localizes.</summary>
    public abstract Guid OwnerId { get; }

    /// <summary>A copy of this working variant as the live row publishing writes.</summary>
    public TVariant ToLive<TVariant>()
        where TVariant : Variant
    {
        var live = (TVariant)MemberwiseClone();
        live.Id = TimeOrderedId.New();
        live.IsLive = true;
        live.CopyCollections();
        return live;
    }

    /// <summary>Gives a copy its own list instances, so the two rows never share one.</summary>
    protected virtual void CopyCollections()
    {
    }
}
