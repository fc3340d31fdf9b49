namespace BrandContent.Changes;

/// <summary>Change notifications between servers (section <c>BrandContent:Changes</c>).</summary>
public sealed record ChangeOptions
{
    public const string Section = "BrandContent:Changes";

    /// <summary>Whether this server listens; off only for tools that keep nothing a change could make stale.</summary>
    public bool Listen { get; init; } = true;
}
