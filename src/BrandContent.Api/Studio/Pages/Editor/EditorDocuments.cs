using BrandContent.Channels;
using BrandContent.Localization;

namespace BrandContent.Api.Studio.Pages.Editor;

/// <summary>The editor's GraphQL documents, run through <see cref="StudioApi"/>.</summary>
public static class EditorDocuments
{
    public const string Workspace = """
        query StudioEditor($kind: ContentKind!, $id: ID!, $locale: String!) {
          translationWorkspace(kind: $kind, id: $id, locale: $locale) {
            kind entityId brand locale sourceLocale archived outdated
            source { revision status sourceRevision updatedAt updatedBy fields { name value } }
            target { revision status sourceRevision updatedAt updatedBy fields { name value } }
            translatedFrom { name value }
            fields { name maxLength required format translatable }
            channelLimits { field channel maxLength counting }
            glossary { term doNotTranslate translation note fields }
          }
        }
        """;

    public const string Save = """
        mutation StudioSave($kind: ContentKind!, $id: ID!, $locale: String!, $expectedRevision: Int, $sourceRevision: Int, $fields: [FieldValueInput!]!) {
          upsertVariant(kind: $kind, id: $id, locale: $locale, expectedRevision: $expectedRevision, sourceRevision: $sourceRevision, fields: $fields) {
            revision status
          }
        }
        """;

    public const string Submit = """
        mutation StudioSubmit($kind: ContentKind!, $id: ID!, $locale: String!, $expectedRevision: Int) {
          submitForReview(kind: $kind, id: $id, locale: $locale, expectedRevision: $expectedRevision) {
            variant { revision status }
            glossaryWarnings { field term rule expected }
          }
        }
        """;
}

/// <summary>The text of each revision of the translation: what the user read, to tell their changes from the other's.</summary>
public static class EditorHistory
{
    public const string Document = """
        query StudioEditorHistory($kind: ContentKind!, $id: ID!, $locale: String!) {
          variantHistory(kind: $kind, id: $id, locale: $locale) { revision fields { name value } }
        }
        """;
}

public sealed record HistoryEntry(int Revision, IReadOnlyList<FieldValue>? Fields);

public sealed record HistoryData(IReadOnlyList<HistoryEntry> VariantHistory)
{
    /// <summary>The text at a revision: the last edit at or before it (workflow steps carry none); null when unknown.</summary>
    public IReadOnlyList<FieldValue>? TextAt(int revision) =>
        VariantHistory.Where(e => e.Revision <= revision && e.Fields is not null).OrderByDescending(e => e.Revision).FirstOrDefault()?.Fields;
}

public sealed record FieldValue(string Name, string? Value);

public sealed record WorkspaceVariant(int Revision, string Status, int? SourceRevision, DateTimeOffset UpdatedAt, string? UpdatedBy, IReadOnlyList<FieldValue> Fields)
{
    public string? this[string field] => Fields.FirstOrDefault(f => f.Name == field)?.Value;
}

public sealed record FieldRule(string Name, int MaxLength, bool Required, string Format, bool Translatable)
{
    /// <summary>Long text, Markdown and lists get a text area; a title or a slug a single line.</summary>
    public bool Multiline => Format is "MARKDOWN" or "LINES" || MaxLength > 300;
}

public sealed record ChannelLimit(string Field, string Channel, int MaxLength, TextCounting Counting);

public sealed record GlossaryHit(string Term, bool DoNotTranslate, string? Translation, string? Note, IReadOnlyList<string> Fields);

public sealed record Workspace(
    ContentKind Kind,
    Guid EntityId,
    string Brand,
    string Locale,
    string SourceLocale,
    bool Archived,
    bool Outdated,
    WorkspaceVariant Source,
    WorkspaceVariant? Target,
    IReadOnlyList<FieldValue>? TranslatedFrom,
    IReadOnlyList<FieldRule> Fields,
    IReadOnlyList<ChannelLimit> ChannelLimits,
    IReadOnlyList<GlossaryHit> Glossary);

public sealed record WorkspaceData(Workspace TranslationWorkspace);

public sealed record SavedVariant(int Revision, string Status);

public sealed record SaveData(SavedVariant UpsertVariant);

public sealed record GlossaryWarning(string Field, string Term, string Rule, string? Expected);

public sealed record SubmitResult(SavedVariant Variant, IReadOnlyList<GlossaryWarning> GlossaryWarnings);

public sealed record SubmitData(SubmitResult SubmitForReview);
