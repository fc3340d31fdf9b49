using System.Globalization;

namespace BrandContent.Api.Studio.Pages.Editor;

/// <summary>
/// The editor's form as posted: each field's text (<c>f.title</c>), in a merge the side kept for each field in
/// conflict (<c>keep.title</c> = <c>theirs</c> leaves the saved text as it is), the revision read and the source
/// revision translated from.
/// </summary>
public sealed record EditorForm(IReadOnlyDictionary<string, string?> Values, IReadOnlySet<string> KeepTheirs, int ExpectedRevision, int? SourceRevision)
{
    public const string Theirs = "theirs";

    public static EditorForm Read(IFormCollection form, IEnumerable<FieldRule> fields)
    {
        var values = new Dictionary<string, string?>();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            // Browsers send a text area's line breaks as CR LF; the page counts (and the API stores) LF.
            values[field.Name] = form.TryGetValue("f." + field.Name, out var value) ? value.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) : null;
            if (form["keep." + field.Name] == Theirs)
            {
                keep.Add(field.Name);
            }
        }

        return new EditorForm(values, keep, Revision(form), Number(form["sourceRevision"]));
    }

    /// <summary>The fields to send: every field of the form but those whose saved text the user chose to keep.</summary>
    public IReadOnlyList<FieldValue> Changes() =>
        [.. Values.Where(v => v.Value is not null && !KeepTheirs.Contains(v.Key)).Select(v => new FieldValue(v.Key, v.Value))];

    /// <summary>The revision read; 0 (a new translation) when the form sends none that reads as one.</summary>
    public static int Revision(IFormCollection form) => Number(form["expectedRevision"]) ?? 0;

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
