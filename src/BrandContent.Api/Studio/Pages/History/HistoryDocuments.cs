using BrandContent.Api.Studio.Pages.Review;
using BrandContent.Publishing;

namespace BrandContent.Api.Studio.Pages.History;

/// <summary>The GraphQL documents of the history screen.</summary>
public static class HistoryDocuments
{
    public const string History = """
        query($kind: ContentKind!, $id: ID!, $locale: String!) {
          variantHistory(kind: $kind, id: $id, locale: $locale) { revision action status actor at changedFields comment fields { name value } }
          variants(kind: $kind, id: $id) { locale status revision isSource outdated publishAt unpublishAt updatedAt updatedBy fields { name value } }
        }
        """;

    public const string Restore = """
        mutation($kind: ContentKind!, $id: ID!, $locale: String!, $revision: Int!, $expected: Int!) {
          restoreRevision(kind: $kind, id: $id, locale: $locale, revision: $revision, expectedRevision: $expected) { revision status }
        }
        """;
}

public sealed record HistoryEntry(
    int Revision, string Action, WorkflowStatus Status, string Actor, DateTimeOffset At, IReadOnlyList<string> ChangedFields, string? Comment,
    IReadOnlyList<StudioField>? Fields);

public sealed record HistoryData(IReadOnlyList<HistoryEntry> VariantHistory, IReadOnlyList<WorkingCopy> Variants);
