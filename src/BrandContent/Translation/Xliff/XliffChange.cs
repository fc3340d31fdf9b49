using BrandContent.Editing;

namespace BrandContent.Translation.Xliff;

/// <summary>
/// What an import writes to one entity's translation: the fields whose target differs from the working
/// translation, the revision that translation had when checked, and where each field is in the file.
/// </summary>
public sealed record XliffChange(
    LocalizedKind Kind, Guid EntityId, int ExpectedRevision, int? SourceRevision, IReadOnlyDictionary<string, string?> Values,
    IReadOnlyDictionary<string, string> Locations, int Line)
{
    /// <summary>"line 12: unit STORY.0196….title", for a problem found in this entity's field.</summary>
    public string Locate(string field) =>
        Locations.TryGetValue(field, out var location) ? location : $"line {Line}: unit {XliffUnitId.GroupId(Kind, EntityId)}.{field}";
}

/// <summary>A checked import: every change to make, and the units that change nothing.</summary>
public sealed record XliffImportPlan(string Locale, IReadOnlyList<XliffChange> Changes, int UnchangedUnits, int UnitsWithoutTarget);
