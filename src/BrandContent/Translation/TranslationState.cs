using BrandContent.Localization;

namespace BrandContent.Translation;

/// <summary>Where one entity stands in one locale, from a translator's point of view.</summary>
public enum TranslationState
{
    Missing,
    Outdated,
    Draft,
    InReview,
    Approved,
    Published,
}

/// <summary>One entity in one locale: its state, and how far its translation lags the source.</summary>
public sealed record TranslationItem(
    ContentKind Kind,
    Guid EntityId,
    Guid BrandId,
    string Locale,
    TranslationState State,
    string? Label,
    int SourceRevision,
    int? TranslatedFromRevision,
    DateTimeOffset SourceUpdatedAt,
    IReadOnlyDictionary<string, string?> SourceText,
    bool IsSource)
{
    /// <summary>When the translation is due: set for a clarification's translations its publication queued (Clarifications/ClarificationQueue).</summary>
    public DateTimeOffset? DueAt { get; init; }
}

/// <summary>Counts per state for one kind of content in one locale, with the items behind them.</summary>
public sealed record TranslationCounts(ContentKind Kind, string Locale, IReadOnlyList<TranslationItem> Items)
{
    public int Count(TranslationState state) => Items.Count(i => i.State == state);
}

/// <summary>What readers of a market see for one kind: served in its first locale, in a fallback, or not at all.</summary>
public sealed record MarketCoverage(ContentKind Kind, int Total, IReadOnlyDictionary<string, int> ServedIn, int NotServed, IReadOnlyList<TranslationItem> InFallback);
