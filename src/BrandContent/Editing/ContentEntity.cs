namespace BrandContent.Editing;

/// <summary>Something that is archived rather than deleted: kept with its history, no longer offered.</summary>
public interface IArchivable
{
    DateTimeOffset? ArchivedAt { get; set; }
}

/// <summary>What entities that can be archived and versioned have in common.</summary>
public interface IContentEntity : IArchivable
{
    Guid Id { get; set; }

    /// <summary>PostgreSQL's row version (xmin): changes with every update, used for optimistic concurrency.</summary>
    uint Version { get; set; }
}

public static class Archiving
{
    /// <summary>What is still offered: rows that are not archived.</summary>
    public static IQueryable<T> Unarchived<T>(this IQueryable<T> rows)
        where T : IArchivable =>
        rows.Where(row => row.ArchivedAt == null);
}
