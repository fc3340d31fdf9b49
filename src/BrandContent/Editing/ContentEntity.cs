namespace BrandContent.Editing;

/// <summary>What entities that can be archived and versioned have in common.</summary>
public interface IContentEntity : IArchivable
{
    Guid Id { get; set; }

    /// <summary>PostgreSQL's row version (xmin): changes with every update, used for optimistic concurrency.</summary>
    uint Version { get; set; }
}
