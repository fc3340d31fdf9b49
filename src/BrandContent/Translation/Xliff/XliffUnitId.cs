using System.Diagnostics.CodeAnalysis;
using BrandContent.Editing;
using BrandContent.Localization;

namespace BrandContent.Translation.Xliff;

/// <summary>
/// What a unit translates, as its id <c>KIND.entityId.field</c> (<c>STORY.0196….title</c>); its group is
/// <c>KIND.entityId</c>. Made only of what never changes, so ids are the same in every export.
/// </summary>
public sealed record XliffUnitId(LocalizedKind Kind, Guid EntityId, LocalizedField Field)
{
    /// <summary>The kind as the GraphQL enum spells it (KEY_MESSAGE), so ids read like the rest of the API.</summary>
    public static string KindName(ContentKind kind) => kind.ToConstantCase();

    public static string GroupId(LocalizedKind kind, Guid entityId) => $"{KindName(kind.Kind)}.{entityId:D}";

    public override string ToString() => $"{GroupId(Kind, EntityId)}.{Field.Name}";

    public static bool TryParse(string? value, [NotNullWhen(true)] out XliffUnitId? id)
    {
        id = null;
        var parts = (value ?? "").Split('.');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[1], "D", out var entityId))
        {
            return false;
        }

        var kind = LocalizedKinds.All.FirstOrDefault(k => KindName(k.Kind) == parts[0]);
        if (kind?.Field(parts[2]) is not { Translatable: true } field)
        {
            return false;
        }

        id = new XliffUnitId(kind, entityId, field);
        return true;
    }
}
