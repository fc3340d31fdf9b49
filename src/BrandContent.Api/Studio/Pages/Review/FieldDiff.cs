namespace BrandContent.Api.Studio.Pages.Review;

/// <summary>One field of a variant: the live text, the working text, and whether publishing would change it.</summary>
public sealed record FieldChange(string Name, string? Live, string? Working)
{
    public bool Changed => !string.Equals(Live ?? "", Working ?? "", StringComparison.Ordinal);
}

/// <summary>
/// The working copy against the live copy, field by field, in the working copy's field order. Without a live copy
/// (never published) every field with text is a change.
/// </summary>
public static class FieldDiff
{
    public static IReadOnlyList<FieldChange> Compare(IReadOnlyList<StudioField> working, IReadOnlyList<StudioField>? live)
    {
        var before = (live ?? []).ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
        return [.. working.Select(f => new FieldChange(f.Name, before.GetValueOrDefault(f.Name), f.Value))];
    }
}
