using BrandContent.Localization;
using BrandContent.Publishing;

namespace BrandContent.Api.Studio.Pages.Review;

/// <summary>A localized field as the API returns it (name, value).</summary>
public sealed record StudioField(string Name, string? Value);

public sealed record ReviewQueueData(IReadOnlyList<ReviewQueueItem> ReviewQueue);

public sealed record ReviewQueueItem(
    ContentKind Kind, Guid EntityId, string Brand, string Locale, WorkflowStatus Status, int Revision, bool IsSource,
    string? Label, string? SubmittedBy, DateTimeOffset SubmittedAt);

public sealed record WorkingCopy(
    string Locale, WorkflowStatus Status, int Revision, bool IsSource, bool Outdated, DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt,
    DateTimeOffset UpdatedAt, string? UpdatedBy, IReadOnlyList<StudioField> Fields);

public sealed record LiveCopy(int Revision, DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt, IReadOnlyList<StudioField> Fields);

public sealed record MarketZone(string Code, string Name, string TimeZone, IReadOnlyList<string> LocaleChain);

public sealed record ReviewVariantData(IReadOnlyList<WorkingCopy> Variants, LiveCopy? LiveVariant, IReadOnlyList<MarketZone> Markets);

/// <summary>What a workflow mutation returns; only its status and revision are read.</summary>
public sealed record StepResult(WorkflowStatus Status, int Revision);
