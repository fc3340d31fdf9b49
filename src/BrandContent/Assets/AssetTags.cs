using BrandContent.Editing;
using BrandContent.Stories;

namespace BrandContent.Assets;

/// <summary>An asset's free tags: spelled by <see cref="StoryTag.Normalize"/> like a story's, so one tag filters both; bounded and single-line.</summary>
public static class AssetTags
{
    public static void Check(List<FieldProblem> problems, string field, IReadOnlyList<string>? tags)
    {
        var given = tags ?? [];
        problems.InRange(field, given.Count, 0, Asset.MaxTags);
        foreach (var tag in given)
        {
            // A tag is a filter value and a label: no line breaks or tabs either (unlike plain text fields).
            problems.Line(field, tag, StoryTag.MaxLength);
        }
    }

    public static List<string> Normalize(IReadOnlyList<string>? tags) =>
        (tags ?? []).Select(StoryTag.Normalize).Distinct().ToList();
}
