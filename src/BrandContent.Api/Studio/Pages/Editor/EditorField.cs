using BrandContent.Channels;
using BrandContent.Translation;

namespace BrandContent.Api.Studio.Pages.Editor;

/// <summary>A channel's count of a field's text against its limit.</summary>
public sealed record ChannelCount(string Channel, int Count, int MaxLength, TextCounting Counting)
{
    public bool Over => Count > MaxLength;
}

/// <summary>
/// One row of the editor: the source text (and, for an outdated translation, what changed in it since), the text of
/// the translation with its counts, the API's problems with it, and in a conflict the text someone else saved.
/// </summary>
public sealed record EditorField(
    FieldRule Rule,
    string? Source,
    IReadOnlyList<DiffRun>? SourceChanges,
    string? Text,
    IReadOnlyList<ChannelCount> ChannelCounts,
    IReadOnlyList<string> Problems,
    string? Theirs)
{
    public string Name => Rule.Name;

    public string InputId => "f-" + Name;

    /// <summary>The length the API limits (UTF-16 code units, as <c>MAX_LENGTH</c> counts).</summary>
    public int Count => Text?.Length ?? 0;

    public bool Over => Count > Rule.MaxLength;

    /// <summary>Someone else saved a different text for this field since it was read.</summary>
    public bool InConflict => Theirs is not null;

    public static EditorField Of(Workspace workspace, FieldRule rule, string? text, IEnumerable<StudioFieldProblem> problems, string? theirs)
    {
        var source = workspace.Source[rule.Name];
        var before = workspace.TranslatedFrom?.FirstOrDefault(f => f.Name == rule.Name)?.Value;
        var changes = workspace.TranslatedFrom is not null && !string.Equals(before ?? "", source ?? "", StringComparison.Ordinal)
            ? WordDiff.Compare(before, source)
            : null;
        var counts = workspace.ChannelLimits.Where(l => l.Field == rule.Name)
            .Select(l => new ChannelCount(l.Channel, PlatformText.Length(text ?? "", l.Counting), l.MaxLength, l.Counting))
            .ToList();
        return new EditorField(rule, source, changes, text, counts, [.. problems.Where(p => Names(p.Field, rule.Name)).Select(p => p.Message)], theirs);
    }

    /// <summary>The API names a variant's field plainly (<c>title</c>) or under its input (<c>fields.title</c>).</summary>
    private static bool Names(string problemField, string field) =>
        problemField == field || problemField.EndsWith("." + field, StringComparison.Ordinal);
}
