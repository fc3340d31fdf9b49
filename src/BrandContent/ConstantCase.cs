using System.Text.RegularExpressions;

namespace BrandContent;

/// <summary>Enum values as the API spells them (KEY_MESSAGE, IN_REVIEW, PUBLIC): GraphQL's constant case, in schema, files and messages alike.</summary>
public static partial class ConstantCase
{
    public static string ToConstantCase(this Enum value) => WordBoundary().Replace(value.ToString(), "_").ToUpperInvariant();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}
