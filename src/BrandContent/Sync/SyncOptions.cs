namespace BrandContent.Sync;

/// <summary>Delta sync (section <c>BrandContent:Sync</c>).</summary>
public sealed record SyncOptions
{
    public const string Section = "BrandContent:Sync";

    /// <summary>How long change log rows are kept; a token older than that gets SYNC_TOKEN_EXPIRED and starts over.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How many locales one <c>locales</c> selection may name (each is a chain of its own).</summary>
    public int MaxLocales { get; init; } = 10;
}
