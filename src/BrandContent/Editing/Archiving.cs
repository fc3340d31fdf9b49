namespace BrandContent.Editing;

/// <summary>Something that is archived rather than deleted: kept with its history, no longer offered or delivered.</summary>
public interface IArchivable
{
    DateTimeOffset? ArchivedAt { get; set; }
}

public static class Archiving
{
    /// <summary>What is still offered: the rows that are not archived.</summary>
    public static IQueryable<T> Unarchived<T>(this IQueryable<T> rows)
        where T : IArchivable =>
        rows.Where(row => row.ArchivedAt == null);
}
